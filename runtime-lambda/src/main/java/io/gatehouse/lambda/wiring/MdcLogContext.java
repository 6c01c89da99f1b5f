package io.gatehouse.lambda.wiring;

import io.gatehouse.core.port.LogContext;
import org.slf4j.MDC;

/** Puts the core's structured log keys into SLF4J's MDC, restoring what was there before. */
final class MdcLogContext implements LogContext {

  @Override
  public Scope put(String key, String value) {
    String previous = MDC.get(key);
    MDC.put(key, value);
    return () -> {
      if (previous == null) {
        MDC.remove(key);
      } else {
        MDC.put(key, previous);
      }
    };
  }
}
