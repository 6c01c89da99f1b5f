package io.gatehouse.http.local;

import static io.gatehouse.http.local.SqliteDatabase.instant;
import static io.gatehouse.http.local.SqliteDatabase.text;

import io.gatehouse.core.audit.AuditEvent;
import io.gatehouse.core.port.AuditTrail;
import io.gatehouse.core.request.RequestKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The audit trail as an append-only table in the ledger's SQLite file. Nothing here updates or
 * deletes a row. Every method may throw {@link LocalStoreException}.
 */
final class SqliteAuditTrail implements AuditTrail {
  private final SqliteDatabase database;

  SqliteAuditTrail(SqliteDatabase database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  @Override
  public void record(AuditEvent event) {
    String subject = event.request().map(RequestKey::value).orElse("run " + event.correlationId());

    database.write(
        "record audit event " + event.type() + " for " + subject,
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO audit_events (at, correlation_id, request_key, type, detail)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, text(event.at()));
            insert.setString(2, event.correlationId());
            insert.setString(3, event.request().map(RequestKey::value).orElse(null));
            insert.setString(4, event.type());
            insert.setString(5, event.detail());
            return insert.executeUpdate();
          }
        });
  }

  /** The events of one request, oldest first; events recorded at the same instant keep order. */
  @Override
  public List<AuditEvent> eventsFor(RequestKey key) {
    return database.read(
        "read the audit events of " + key,
        connection -> {
          List<AuditEvent> events = new ArrayList<>();
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT at, correlation_id, type, detail FROM audit_events"
                      + " WHERE request_key = ? ORDER BY at, id")) {
            query.setString(1, key.value());
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                events.add(
                    new AuditEvent(
                        instant(rows.getString(1)),
                        rows.getString(2),
                        key,
                        rows.getString(3),
                        rows.getString(4)));
              }
            }
          }
          return List.copyOf(events);
        });
  }
}
