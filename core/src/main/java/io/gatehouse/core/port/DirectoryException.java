package io.gatehouse.core.port;

/**
 * The identity directory could not be reached or refused the caller itself (credentials, scopes,
 * rate limits that outlasted the retries). The message names the operation and the directory's
 * error code, never a credential.
 */
public class DirectoryException extends RuntimeException {
  private final boolean retryable;

  public DirectoryException(String message, boolean retryable) {
    super(message);
    this.retryable = retryable;
  }

  public DirectoryException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  /** Whether the same call may succeed later without anyone changing anything. */
  public boolean retryable() {
    return retryable;
  }
}
