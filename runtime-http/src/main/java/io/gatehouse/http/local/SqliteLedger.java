package io.gatehouse.http.local;

import static io.gatehouse.http.local.SqliteDatabase.instant;
import static io.gatehouse.http.local.SqliteDatabase.text;

import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.ledger.StepRecord;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.request.RequestKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ledger in a SQLite file that several processes may share, such as a {@code run} from the
 * command line while {@code serve} is running.
 *
 * <p>A claim is held while its row names the same owner and its end lies after the time given.
 * {@link #started}, {@link #done} and {@link #noticePosted} check that inside the same write
 * transaction as their write and throw {@link IllegalStateException} naming the request when the
 * claim has been released, taken over or has expired: a run that lost its claim must not record
 * over another run's work. A run that needs longer than its lease renews it by claiming again.
 *
 * <p>Every method may throw {@link LocalStoreException} when the file cannot be read or written.
 */
final class SqliteLedger implements Ledger {
  private final SqliteDatabase database;

  SqliteLedger(SqliteDatabase database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  @Override
  public Optional<Claim> claim(RequestKey key, String owner, Instant now, Duration lease) {
    Objects.requireNonNull(owner, "owner");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive, was " + lease + " for " + key);
    }
    Claim wanted = new Claim(key, owner, now.plus(lease));

    return database.write(
        "claim " + key,
        connection -> {
          Optional<Claim> current = currentClaim(connection, key);
          boolean free =
              current.isEmpty()
                  || current.get().owner().equals(owner)
                  || !current.get().expires().isAfter(now);
          if (!free) {
            return Optional.empty();
          }

          update(
              connection,
              "INSERT INTO claims (request_key, owner, expires_at) VALUES (?, ?, ?)"
                  + " ON CONFLICT (request_key) DO UPDATE SET owner = excluded.owner,"
                  + " expires_at = excluded.expires_at",
              key.value(),
              owner,
              text(wanted.expires()));
          return Optional.of(wanted);
        });
  }

  @Override
  public void release(Claim claim) {
    database.write(
        "release " + claim.key(),
        connection ->
            update(
                connection,
                "DELETE FROM claims WHERE request_key = ? AND owner = ?",
                claim.key().value(),
                claim.owner()));
  }

  @Override
  public Map<String, StepRecord> steps(RequestKey key) {
    return database.read(
        "read the steps of " + key,
        connection -> {
          Map<String, StepRecord> steps = new LinkedHashMap<>();
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT step_id, state, detail, at FROM steps WHERE request_key = ?"
                      + " ORDER BY at, step_id")) {
            query.setString(1, key.value());
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                StepRecord step =
                    new StepRecord(
                        rows.getString(1),
                        StepRecord.State.valueOf(rows.getString(2)),
                        rows.getString(3),
                        instant(rows.getString(4)));
                steps.put(step.stepId(), step);
              }
            }
          }
          return Collections.unmodifiableMap(steps);
        });
  }

  /** Records the attempt; a step already done stays done, so a finished step is never reopened. */
  @Override
  public void started(Claim claim, String stepId, Instant at) {
    Objects.requireNonNull(stepId, "stepId");
    database.write(
        "record step " + stepId + " started on " + claim.key(),
        connection -> {
          requireHeld(connection, claim, at, "step " + stepId + " started");

          return update(
              connection,
              "INSERT INTO steps (request_key, step_id, state, detail, at) VALUES (?, ?, ?, '', ?)"
                  + " ON CONFLICT (request_key, step_id) DO UPDATE SET state = excluded.state,"
                  + " at = excluded.at WHERE steps.state <> 'DONE'",
              claim.key().value(),
              stepId,
              StepRecord.State.STARTED.name(),
              text(at));
        });
  }

  @Override
  public void done(Claim claim, String stepId, String detail, Instant at) {
    Objects.requireNonNull(stepId, "stepId");
    database.write(
        "record step " + stepId + " done on " + claim.key(),
        connection -> {
          requireHeld(connection, claim, at, "step " + stepId + " done");

          return update(
              connection,
              "INSERT INTO steps (request_key, step_id, state, detail, at) VALUES (?, ?, ?, ?, ?)"
                  + " ON CONFLICT (request_key, step_id) DO UPDATE SET state = excluded.state,"
                  + " detail = excluded.detail, at = excluded.at",
              claim.key().value(),
              stepId,
              StepRecord.State.DONE.name(),
              detail == null ? "" : detail,
              text(at));
        });
  }

  @Override
  public Optional<String> lastNotice(RequestKey key) {
    return database.read(
        "read the last notice of " + key,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT fingerprint FROM notices WHERE request_key = ?")) {
            query.setString(1, key.value());
            try (ResultSet rows = query.executeQuery()) {
              return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public void noticePosted(Claim claim, String fingerprint, Instant at) {
    Objects.requireNonNull(fingerprint, "fingerprint");
    database.write(
        "record the notice posted on " + claim.key(),
        connection -> {
          requireHeld(connection, claim, at, "notice");

          return update(
              connection,
              "INSERT INTO notices (request_key, fingerprint, at) VALUES (?, ?, ?)"
                  + " ON CONFLICT (request_key) DO UPDATE SET fingerprint = excluded.fingerprint,"
                  + " at = excluded.at",
              claim.key().value(),
              fingerprint,
              text(at));
        });
  }

  @Override
  public boolean bindAccount(Claim claim, String accountId, Instant at) {
    Objects.requireNonNull(accountId, "accountId");
    return database.write(
        "bind account " + accountId + " to " + claim.key(),
        connection -> {
          requireHeld(connection, claim, at, "account");

          update(
              connection,
              "INSERT INTO accounts (account_id, request_key, at) VALUES (?, ?, ?)"
                  + " ON CONFLICT (account_id) DO NOTHING",
              accountId,
              claim.key().value(),
              text(at));
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT request_key FROM accounts WHERE account_id = ?")) {
            query.setString(1, accountId);
            try (ResultSet rows = query.executeQuery()) {
              return rows.next() && rows.getString(1).equals(claim.key().value());
            }
          }
        });
  }

  private static void requireHeld(Connection connection, Claim claim, Instant at, String what)
      throws SQLException {
    Optional<Claim> current = currentClaim(connection, claim.key());
    boolean held =
        current.isPresent()
            && current.get().owner().equals(claim.owner())
            && current.get().expires().isAfter(at);
    if (!held) {
      throw new IllegalStateException(
          "claim on "
              + claim.key()
              + " by "
              + claim.owner()
              + " is no longer held at "
              + at
              + "; "
              + what
              + " not recorded");
    }
  }

  private static Optional<Claim> currentClaim(Connection connection, RequestKey key)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT owner, expires_at FROM claims WHERE request_key = ?")) {
      query.setString(1, key.value());
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(new Claim(key, rows.getString(1), instant(rows.getString(2))));
      }
    }
  }

  private static Integer update(Connection connection, String sql, String... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setString(i + 1, values[i]);
      }
      return statement.executeUpdate();
    }
  }
}
