package io.gatehouse.core.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run of the job did.
 *
 * @param correlationId the run's id, shown in logs, comments and alerts
 * @param started when the run began
 * @param finished when it ended
 * @param outcomes one per open request seen, in the order the desk listed them
 * @param failure why the run could not even list the requests, if so
 */
public record RunReport(
    String correlationId,
    Instant started,
    Instant finished,
    List<RequestOutcome> outcomes,
    String failure) {

  public RunReport {
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(finished, "finished");
    outcomes = List.copyOf(outcomes);
  }

  public Optional<String> runFailure() {
    return Optional.ofNullable(failure);
  }

  /** Whether the run itself failed or any request failed or was invalid. */
  public boolean hasFailures() {
    return failure != null || outcomes.stream().anyMatch(o -> o.status().needsAttention());
  }

  public long count(RequestOutcome.Status status) {
    return outcomes.stream().filter(outcome -> outcome.status() == status).count();
  }
}
