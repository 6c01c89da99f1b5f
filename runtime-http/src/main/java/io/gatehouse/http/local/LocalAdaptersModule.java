package io.gatehouse.http.local;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.gatehouse.core.port.AuditTrail;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.core.port.SecretStore;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Binds {@link Ledger} and {@link AuditTrail} to one SQLite file, {@link SecretStore} to the
 * environment and files, and {@link Notifier} to the log.
 */
public final class LocalAdaptersModule extends AbstractModule {
  private final Path databaseFile;
  private final Path secretsFolder;

  /**
   * @param databaseFile the SQLite file shared by ledger and audit trail, created when missing
   * @param secretsFolder the folder relative {@code file:} secret references are resolved against
   */
  public LocalAdaptersModule(Path databaseFile, Path secretsFolder) {
    this.databaseFile = Objects.requireNonNull(databaseFile, "databaseFile");
    this.secretsFolder = Objects.requireNonNull(secretsFolder, "secretsFolder");
  }

  @Provides
  @Singleton
  SqliteDatabase database() {
    return SqliteDatabase.open(databaseFile, LocalAdapters.DEFAULT_BUSY_TIMEOUT);
  }

  @Provides
  @Singleton
  Ledger ledger(SqliteDatabase database) {
    return new SqliteLedger(database);
  }

  @Provides
  @Singleton
  AuditTrail auditTrail(SqliteDatabase database) {
    return new SqliteAuditTrail(database);
  }

  @Provides
  @Singleton
  SecretStore secretStore() {
    return LocalAdapters.secretStore(secretsFolder);
  }

  @Provides
  @Singleton
  Notifier notifier() {
    return new LogNotifier();
  }
}
