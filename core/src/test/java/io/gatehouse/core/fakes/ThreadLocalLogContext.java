package io.gatehouse.core.fakes;

import io.gatehouse.core.port.LogContext;
import java.util.HashMap;
import java.util.Map;

/** A log context kept per thread, as SLF4J's MDC is, so tests can see what a thread carries. */
public final class ThreadLocalLogContext implements LogContext {
  private final ThreadLocal<Map<String, String>> keys = ThreadLocal.withInitial(HashMap::new);

  @Override
  public Scope put(String key, String value) {
    Map<String, String> current = keys.get();
    String previous = current.put(key, value);
    return () -> {
      if (previous == null) {
        current.remove(key);
      } else {
        current.put(key, previous);
      }
    };
  }

  /** The keys the calling thread carries now. */
  public Map<String, String> current() {
    return Map.copyOf(keys.get());
  }
}
