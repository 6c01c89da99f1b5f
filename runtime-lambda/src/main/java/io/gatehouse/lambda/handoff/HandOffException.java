package io.gatehouse.lambda.handoff;

/** A run could not be queued. The message names the target and the service's error code. */
public final class HandOffException extends RuntimeException {
  public HandOffException(String message, Throwable cause) {
    super(message, cause);
  }
}
