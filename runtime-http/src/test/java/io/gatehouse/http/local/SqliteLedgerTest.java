package io.gatehouse.http.local;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.port.Ledger;
import io.gatehouse.testkit.contract.LedgerContract;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Ledger contract on a SQLite file, which every ledger opens on its own. */
class SqliteLedgerTest extends LedgerContract {
  @TempDir Path folder;

  @Override
  protected Ledger newLedger() {
    return open();
  }

  @Override
  protected Ledger openedAgain() {
    return open();
  }

  @Test
  void storeFailure_isWrapped_withTheRequestKey() {
    Ledger ledger = open();
    SqliteDatabase.open(database(), Duration.ZERO)
        .write(
            "drop the claims table",
            connection -> {
              try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("DROP TABLE claims");
              }
            });

    assertThatThrownBy(() -> ledger.claim(KEY, "run-a", T0, LEASE))
        .isInstanceOf(LocalStoreException.class)
        .hasMessageContaining("ITS-42")
        .hasCauseInstanceOf(SQLException.class);
  }

  private SqliteLedger open() {
    return new SqliteLedger(SqliteDatabase.open(database(), Duration.ofSeconds(10)));
  }

  private Path database() {
    return folder.resolve("gatehouse.db");
  }
}
