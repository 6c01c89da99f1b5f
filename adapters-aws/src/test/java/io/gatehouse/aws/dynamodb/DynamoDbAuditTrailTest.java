package io.gatehouse.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.audit.AuditEvent;
import io.gatehouse.core.request.RequestKey;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@ExtendWith(DynaliteExtension.class)
class DynamoDbAuditTrailTest {
  private static final RequestKey KEY = RequestKey.of("ITS-42");
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00.123456789Z");

  private DynamoDbAuditTrail trail;

  @BeforeEach
  void createTable(Dynalite dynalite) {
    DynamoDbClient client = Tables.client(dynalite);
    trail = new DynamoDbAuditTrail(client, Tables.audit(client));
  }

  @Test
  void eventsFor_returnsTheRequestsEvents_oldestFirst_sameInstantsKept() {
    AuditEvent decided = new AuditEvent(T0.plusSeconds(1), "run-1", KEY, "request.decided", "ok");
    AuditEvent started = new AuditEvent(T0, "run-1", KEY, "run.started", "");
    AuditEvent done = new AuditEvent(T0.plusSeconds(1), "run-1", KEY, "step.done", "Grüße");
    AuditEvent other = new AuditEvent(T0, "run-1", RequestKey.of("ITS-43"), "step.done", "x");
    AuditEvent runLevel = new AuditEvent(T0, "run-1", null, "run.started", "");

    trail.record(decided);
    trail.record(started);
    trail.record(done);
    trail.record(other);
    trail.record(runLevel);

    assertThat(trail.eventsFor(KEY)).hasSize(3).startsWith(started);
    assertThat(trail.eventsFor(KEY)).containsExactlyInAnyOrder(started, decided, done);
    assertThat(trail.eventsFor(RequestKey.of("ITS-44"))).isEmpty();
  }
}
