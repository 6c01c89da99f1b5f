package io.gatehouse.lambda.worker;

import io.gatehouse.core.engine.RunReport;
import java.util.List;
import java.util.Objects;

/**
 * What one handed-off run did.
 *
 * @param run the job's report
 * @param atlantis the Atlantis stage's outcome for each request the job provisioned
 */
public record WorkerReport(RunReport run, List<StageOutcome> atlantis) {
  public WorkerReport {
    Objects.requireNonNull(run, "run");
    atlantis = List.copyOf(atlantis);
  }
}
