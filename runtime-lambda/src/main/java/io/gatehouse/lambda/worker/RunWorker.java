package io.gatehouse.lambda.worker;

import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.core.catalog.RequestType;
import io.gatehouse.core.engine.ProcessApprovedRequests;
import io.gatehouse.core.engine.RequestOutcome;
import io.gatehouse.core.engine.RunReport;
import io.gatehouse.lambda.handoff.RunRequest;
import io.gatehouse.lambda.wiring.RunIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One handed-off run: the main job under the correlation id the webhook answered with, then the
 * Atlantis stage for every request the job provisioned whose request type goes on to the
 * infrastructure stage.
 */
public final class RunWorker {
  private final ProcessApprovedRequests job;
  private final AtlantisStage atlantis;
  private final RunIds ids;
  private final Catalog catalog;

  public RunWorker(
      ProcessApprovedRequests job, AtlantisStage atlantis, RunIds ids, Catalog catalog) {
    this.job = job;
    this.atlantis = atlantis;
    this.ids = ids;
    this.catalog = catalog;
  }

  /** Runs once. Never throws for a failure it can report: those are in the report and alerted. */
  public WorkerReport run(RunRequest request) {
    ids.useNext(request.correlationId());
    RunReport report = job.run();

    List<StageOutcome> stages = new ArrayList<>();
    for (RequestOutcome outcome : report.outcomes()) {
      Optional<RequestType> type = catalog.find(outcome.requestTypeId());
      if (outcome.status() == RequestOutcome.Status.PROVISIONED
          && type.filter(RequestType::infrastructureStage).isPresent()) {
        stages.add(atlantis.start(outcome, type.get().action(), report.correlationId()));
      }
    }
    return new WorkerReport(report, stages);
  }
}
