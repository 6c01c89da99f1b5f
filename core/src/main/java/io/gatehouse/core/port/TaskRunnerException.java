package io.gatehouse.core.port;

/**
 * A task could not be started. The message names the request and the runner's own error code, never
 * a credential.
 */
public class TaskRunnerException extends RuntimeException {
  private final boolean retryable;

  public TaskRunnerException(String message, boolean retryable) {
    super(message);
    this.retryable = retryable;
  }

  public TaskRunnerException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  /** Whether the same call may succeed later without anyone changing anything. */
  public boolean retryable() {
    return retryable;
  }
}
