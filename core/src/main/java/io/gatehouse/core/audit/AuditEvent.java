package io.gatehouse.core.audit;

import io.gatehouse.core.request.RequestKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One decision or step, as it is kept in the audit trail.
 *
 * @param at when it happened
 * @param correlationId the run it belongs to
 * @param requestKey the request concerned, absent for run-level events
 * @param type what kind of event: {@code run.started}, {@code request.decided}, {@code step.done}
 * @param detail what happened, for people, with no secret in it
 */
public record AuditEvent(
    Instant at, String correlationId, RequestKey requestKey, String type, String detail) {
  public AuditEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(type, "type");
    detail = detail == null ? "" : detail;
  }

  public Optional<RequestKey> request() {
    return Optional.ofNullable(requestKey);
  }
}
