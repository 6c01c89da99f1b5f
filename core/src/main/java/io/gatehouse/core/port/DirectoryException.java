package io.gatehouse.core.port;

import java.util.Objects;

/**
 * The identity directory could not be reached or refused the caller itself (credentials, scopes,
 * rate limits that outlasted the retries). The message names the operation and the directory's
 * error code, never a credential.
 */
public class DirectoryException extends RuntimeException {
  private final Kind kind;

  public DirectoryException(String message, boolean retryable) {
    this(message, retryable ? Kind.UNAVAILABLE : Kind.OTHER, null);
  }

  public DirectoryException(String message, boolean retryable, Throwable cause) {
    this(message, retryable ? Kind.UNAVAILABLE : Kind.OTHER, cause);
  }

  public DirectoryException(String message, Kind kind, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** What kind of failure this is. */
  public Kind kind() {
    return kind;
  }

  /** Whether the same call may succeed later without anyone changing anything. */
  public boolean retryable() {
    return kind.retryable;
  }

  /** The kinds of failure, each retryable or not. */
  public enum Kind {
    /** Over the directory's rate limit after the retries, or a wait longer than allowed. */
    RATE_LIMITED(true),
    /** Network failure, timeout or a server error: the directory may answer later. */
    UNAVAILABLE(true),
    /** The credential was rejected, also after reading it again. */
    INVALID_CREDENTIAL(false),
    /** The credential lacks a scope or an admin role for this call. */
    FORBIDDEN(false),
    /** The credential or configuration cannot be used (an unreadable secret, an unusable key). */
    MISCONFIGURED(false),
    /** The directory answered something Gatehouse does not expect; a person must look. */
    OTHER(false);

    private final boolean retryable;

    Kind(boolean retryable) {
      this.retryable = retryable;
    }

    /** Whether failures of this kind may pass on their own. */
    public boolean retryable() {
      return retryable;
    }
  }
}
