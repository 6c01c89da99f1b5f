package io.gatehouse.core.port;

/**
 * The service desk could not be read or changed. The message carries the desk's own error text and
 * the request key or path concerned, never credentials.
 */
public class ServiceDeskException extends RuntimeException {
  private final boolean retryable;

  public ServiceDeskException(String message, boolean retryable) {
    super(message);
    this.retryable = retryable;
  }

  public ServiceDeskException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  /** Whether the same call may succeed later without anyone changing anything. */
  public boolean retryable() {
    return retryable;
  }
}
