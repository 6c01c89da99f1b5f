package io.gatehouse.lambda.worker;

import io.gatehouse.core.engine.ProcessApprovedRequests;
import io.gatehouse.core.engine.RunReport;
import io.gatehouse.lambda.handoff.RunRequest;
import io.gatehouse.lambda.wiring.RunIds;

/**
 * One handed-off run: the main job under the correlation id the webhook answered with. The job
 * itself starts the Atlantis task for each provisioned request whose type goes on to the
 * infrastructure stage.
 */
public final class RunWorker {
  private final ProcessApprovedRequests job;
  private final RunIds ids;

  public RunWorker(ProcessApprovedRequests job, RunIds ids) {
    this.job = job;
    this.ids = ids;
  }

  /** Runs once. Never throws for a failure it can report: those are in the report and alerted. */
  public RunReport run(RunRequest request) {
    ids.useNext(request.correlationId());
    return job.run();
  }
}
