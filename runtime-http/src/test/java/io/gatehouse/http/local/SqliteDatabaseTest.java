package io.gatehouse.http.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseTest {
  @TempDir Path folder;

  @Test
  void open_createsFolderAndSchema_inWalMode() {
    SqliteDatabase database =
        SqliteDatabase.open(folder.resolve("data/gatehouse.db"), Duration.ZERO);

    assertThat(pragma(database, "user_version")).isEqualTo("2");
    assertThat(pragma(database, "journal_mode")).isEqualTo("wal");
  }

  @Test
  void open_isIdempotent() {
    Path file = folder.resolve("gatehouse.db");
    SqliteDatabase.open(file, Duration.ZERO);

    SqliteDatabase again = SqliteDatabase.open(file, Duration.ZERO);

    assertThat(pragma(again, "user_version")).isEqualTo("2");
  }

  @Test
  void open_refusesSchemaNewerThanThisRelease() {
    Path file = folder.resolve("gatehouse.db");
    SqliteDatabase.open(file, Duration.ZERO)
        .write(
            "pretend a newer release",
            connection -> {
              try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("PRAGMA user_version = 99");
              }
            });

    assertThatThrownBy(() -> SqliteDatabase.open(file, Duration.ZERO))
        .isInstanceOf(LocalStoreException.class)
        .hasMessageContaining("schema version 99");
  }

  @Test
  void instantText_sortsInTimeOrder_andKeepsNanoseconds() {
    Instant whole = Instant.parse("2026-03-01T09:00:00Z");
    Instant fraction = Instant.parse("2026-03-01T09:00:00.5Z");
    Instant nanos = Instant.parse("2026-03-01T09:00:00.000000001Z");

    assertThat(SqliteDatabase.text(whole)).isLessThan(SqliteDatabase.text(nanos));
    assertThat(SqliteDatabase.text(nanos)).isLessThan(SqliteDatabase.text(fraction));
    assertThat(SqliteDatabase.instant(SqliteDatabase.text(nanos))).isEqualTo(nanos);
  }

  private static String pragma(SqliteDatabase database, String name) {
    return database.read(
        "read " + name,
        connection -> {
          try (Statement statement = connection.createStatement();
              ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            rows.next();
            return rows.getString(1);
          }
        });
  }
}
