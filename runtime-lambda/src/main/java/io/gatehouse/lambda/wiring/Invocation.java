package io.gatehouse.lambda.wiring;

import com.amazonaws.services.lambda.runtime.Context;
import org.slf4j.MDC;

/**
 * The log context of one Lambda invocation: starts with only the invocation's request id and is
 * cleared when closed, so nothing leaks into the next invocation of a warm container.
 */
public final class Invocation implements AutoCloseable {

  private Invocation() {}

  /** Clears what an earlier invocation may have left and notes this one's request id. */
  public static Invocation start(Context context) {
    MDC.clear();
    if (context != null && context.getAwsRequestId() != null) {
      MDC.put("awsRequestId", context.getAwsRequestId());
    }
    return new Invocation();
  }

  /** Notes a structured key until the invocation ends. */
  public Invocation put(String key, String value) {
    MDC.put(key, value);
    return this;
  }

  @Override
  public void close() {
    MDC.clear();
  }
}
