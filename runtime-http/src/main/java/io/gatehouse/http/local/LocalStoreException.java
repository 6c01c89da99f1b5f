package io.gatehouse.http.local;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The local database could not be read or written. The message names the operation and the request
 * key concerned; the SQLite or file system error is kept as the cause.
 */
public final class LocalStoreException extends RuntimeException {
  private final boolean retryable;

  LocalStoreException(String message, Exception cause) {
    super(message + ": " + cause.getMessage(), cause);
    this.retryable = isContention(cause);
  }

  /**
   * Whether the same call may succeed later: true when another process held the database for longer
   * than the busy timeout, false for a broken, full or unreadable file.
   */
  public boolean retryable() {
    return retryable;
  }

  private static boolean isContention(Exception cause) {
    if (!(cause instanceof SQLiteException sqlite)) {
      return false;
    }
    int primary = sqlite.getResultCode().code & 0xff;
    return primary == SQLiteErrorCode.SQLITE_BUSY.code
        || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
  }
}
