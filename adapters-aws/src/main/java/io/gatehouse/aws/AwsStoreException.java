package io.gatehouse.aws;

/**
 * An AWS service that holds Gatehouse's state (the DynamoDB ledger or audit trail) could not be
 * read or written. The message names the operation and the request concerned, never a value; the
 * SDK's exception is kept as cause.
 */
public final class AwsStoreException extends RuntimeException {
  private final boolean retryable;

  public AwsStoreException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  /** Whether the same call may succeed later without anyone changing anything. */
  public boolean retryable() {
    return retryable;
  }
}
