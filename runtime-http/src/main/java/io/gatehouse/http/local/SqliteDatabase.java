package io.gatehouse.http.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One SQLite database file shared by the ledger and the audit trail, and by every process that
 * opens it. Each operation uses its own connection, so instances are safe for use by many threads.
 * Writes run in {@code BEGIN IMMEDIATE} transactions: the write lock is taken before anything is
 * read, so a read-then-write decision cannot be overtaken by another process.
 *
 * <p>Writes of this process share one connection, kept open and taken in turn under a lock:
 * SQLite's busy handler waits for the write lock by sleeping in steps of up to 100 ms, which with
 * several workers writing at once leaves the lock idle most of the time, and the last connection to
 * close checkpoints the write-ahead log, which a connection per write would do on nearly every
 * write. Writers in other processes still meet the busy timeout.
 */
final class SqliteDatabase {

  /** Each entry moves the schema one version up; the database's user_version counts them. */
  private static final List<List<String>> MIGRATIONS =
      List.of(
          List.of(
              "CREATE TABLE claims (request_key TEXT PRIMARY KEY, owner TEXT NOT NULL,"
                  + " expires_at TEXT NOT NULL)",
              "CREATE TABLE steps (request_key TEXT NOT NULL, step_id TEXT NOT NULL,"
                  + " state TEXT NOT NULL, detail TEXT NOT NULL, at TEXT NOT NULL,"
                  + " PRIMARY KEY (request_key, step_id))",
              "CREATE TABLE notices (request_key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL,"
                  + " at TEXT NOT NULL)",
              "CREATE TABLE audit_events (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,"
                  + " correlation_id TEXT NOT NULL, request_key TEXT, type TEXT NOT NULL,"
                  + " detail TEXT NOT NULL)",
              "CREATE INDEX audit_events_by_request ON audit_events (request_key, at, id)"),
          List.of(
              "CREATE TABLE accounts (account_id TEXT PRIMARY KEY, request_key TEXT NOT NULL,"
                  + " at TEXT NOT NULL)"));

  /**
   * Instants are kept as text of fixed width with nine fraction digits, so that they read well in
   * the sqlite3 shell, keep full precision and sort as text in time order.
   */
  private static final DateTimeFormatter INSTANT_TEXT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private final Path file;
  private final SQLiteDataSource dataSource;
  private final ReentrantLock writers = new ReentrantLock();
  private Connection writer; // guarded by writers

  private SqliteDatabase(Path file, Duration busyTimeout) {
    this.file = file;
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setBusyTimeout(Math.toIntExact(busyTimeout.toMillis()));
    this.dataSource = new SQLiteDataSource(config);
    this.dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
  }

  /**
   * Opens the database, creating the file, its folder and its tables when missing.
   *
   * @param busyTimeout how long to wait for another process's write before giving up
   * @throws LocalStoreException when the file cannot be opened or migrated
   */
  static SqliteDatabase open(Path file, Duration busyTimeout) {
    Objects.requireNonNull(file, "file");
    if (busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("busy timeout out of range: " + busyTimeout);
    }
    createFolder(file);

    SqliteDatabase database = new SqliteDatabase(file, busyTimeout);
    database.write("migrate the schema of " + file, database::migrate);
    return database;
  }

  /** Runs work in one write transaction, committed when it returns and rolled back if it throws. */
  <T> T write(String what, Work<T> work) {
    writers.lock();
    try {
      Connection connection = writer();
      execute(connection, "BEGIN IMMEDIATE");
      try {
        T result = work.apply(connection);
        execute(connection, "COMMIT");
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new LocalStoreException("could not " + what + " in " + file, e);
    } finally {
      writers.unlock();
    }
  }

  private Connection writer() throws SQLException {
    if (writer == null || writer.isClosed()) {
      writer = dataSource.getConnection();
    }
    return writer;
  }

  /** Runs reads on one connection, each statement seeing the last committed state. */
  <T> T read(String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.apply(connection);
    } catch (SQLException e) {
      throw new LocalStoreException("could not " + what + " in " + file, e);
    }
  }

  static String text(Instant instant) {
    return INSTANT_TEXT.format(instant);
  }

  static Instant instant(String text) {
    return Instant.parse(text);
  }

  private Void migrate(Connection connection) throws SQLException {
    int version;
    try (Statement statement = connection.createStatement();
        var rows = statement.executeQuery("PRAGMA user_version")) {
      version = rows.next() ? rows.getInt(1) : 0;
    }
    if (version > MIGRATIONS.size()) {
      throw new SQLException(
          "schema version "
              + version
              + " is newer than this release knows ("
              + MIGRATIONS.size()
              + ")");
    }

    for (int next = version; next < MIGRATIONS.size(); next++) {
      for (String sql : MIGRATIONS.get(next)) {
        execute(connection, sql);
      }
      execute(connection, "PRAGMA user_version = " + (next + 1));
    }
    return null;
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static void rollbackQuietly(Connection connection, Exception failure) {
    try {
      execute(connection, "ROLLBACK");
    } catch (SQLException rollbackFailure) {
      // Closing the connection rolls back as well; keep the first failure as the one reported.
      failure.addSuppressed(rollbackFailure);
    }
  }

  private static void createFolder(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new LocalStoreException("could not create the folder of database " + file, e);
    }
  }

  /** Work on an open connection. */
  @FunctionalInterface
  interface Work<T> {
    T apply(Connection connection) throws SQLException;
  }
}
