package io.gatehouse.http.local;

import io.gatehouse.core.port.AuditTrail;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.core.port.SecretStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The adapters for running Gatehouse on one machine: ledger and audit trail in a SQLite file,
 * secrets from the environment and files, alerts in the log.
 */
public final class LocalAdapters {

  /** How long a write waits for another process holding the database before it fails. */
  public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(10);

  private LocalAdapters() {}

  /**
   * A ledger in {@code databaseFile}, created with its folder when missing. Safe to share between
   * threads and between processes.
   *
   * @throws LocalStoreException when the file cannot be opened or its schema is newer than this
   *     release
   */
  public static Ledger ledger(Path databaseFile) {
    return new SqliteLedger(SqliteDatabase.open(databaseFile, DEFAULT_BUSY_TIMEOUT));
  }

  /** An audit trail in the same kind of file as {@link #ledger}; both may share one file. */
  public static AuditTrail auditTrail(Path databaseFile) {
    return new SqliteAuditTrail(SqliteDatabase.open(databaseFile, DEFAULT_BUSY_TIMEOUT));
  }

  /**
   * Secrets from this process's environment and from files, relative paths resolved against {@code
   * baseFolder}.
   */
  public static SecretStore secretStore(Path baseFolder) {
    return secretStore(System.getenv(), baseFolder);
  }

  /** Secrets from the given environment and from files; for tests and embedding. */
  public static SecretStore secretStore(Map<String, String> environment, Path baseFolder) {
    return new LocalSecretStore(environment, baseFolder);
  }

  /** Alerts as ERROR lines in the log. */
  public static Notifier logNotifier() {
    return new LogNotifier();
  }
}
