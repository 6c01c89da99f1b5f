package io.gatehouse.core.port;

/**
 * The infrastructure runner could not be reached or refused the caller itself. The message names
 * the operation and the runner's error code, never a credential.
 */
public class InfrastructureException extends RuntimeException {
  private final boolean retryable;

  public InfrastructureException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  /** Whether the same call may succeed later without anyone changing anything. */
  public boolean retryable() {
    return retryable;
  }
}
