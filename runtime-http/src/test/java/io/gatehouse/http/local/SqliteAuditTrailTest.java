package io.gatehouse.http.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.audit.AuditEvent;
import io.gatehouse.core.request.RequestKey;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAuditTrailTest {
  private static final RequestKey KEY = RequestKey.of("ITS-7");
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  @TempDir Path folder;

  private SqliteAuditTrail open() {
    return new SqliteAuditTrail(
        SqliteDatabase.open(folder.resolve("gatehouse.db"), Duration.ofSeconds(10)));
  }

  @Test
  void eventsFor_returnsTheRequestsEvents_oldestFirst() {
    SqliteAuditTrail trail = open();
    AuditEvent decided = new AuditEvent(T0.plusMillis(1), "run-1", KEY, "request.decided", "ok");
    AuditEvent done = new AuditEvent(T0.plusSeconds(2), "run-1", KEY, "step.done", "create-user");
    AuditEvent other =
        new AuditEvent(T0.plusMillis(1500), "run-1", RequestKey.of("ITS-8"), "step.done", "x");
    AuditEvent runLevel = new AuditEvent(T0, "run-1", null, "run.started", "");

    trail.record(done);
    trail.record(runLevel);
    trail.record(other);
    trail.record(decided);

    assertThat(trail.eventsFor(KEY)).containsExactly(decided, done);
  }

  @Test
  void eventsFor_keepsRecordingOrder_forEventsAtTheSameInstant() {
    SqliteAuditTrail trail = open();
    AuditEvent first = new AuditEvent(T0, "run-1", KEY, "step.started", "a");
    AuditEvent second = new AuditEvent(T0, "run-1", KEY, "step.done", "a");

    trail.record(first);
    trail.record(second);

    assertThat(trail.eventsFor(KEY)).containsExactly(first, second);
  }

  @Test
  void events_surviveReopening_andShareTheLedgersFile() {
    AuditEvent event = new AuditEvent(T0.plusNanos(7), "run-1", KEY, "step.done", "create-user");
    open().record(event);
    new SqliteLedger(SqliteDatabase.open(folder.resolve("gatehouse.db"), Duration.ofSeconds(1)))
        .claim(KEY, "run-1", T0, Duration.ofMinutes(1));

    assertThat(open().eventsFor(KEY)).containsExactly(event);
  }
}
