package io.gatehouse.core.port;

import io.gatehouse.core.infra.InfrastructureJob;
import io.gatehouse.core.infra.TaskLaunch;

/**
 * Runs infrastructure changes outside Gatehouse's own process: a container task in production. Only
 * the start is Gatehouse's concern; the task reports its own outcome.
 */
public interface InfrastructureRunner {

  /**
   * Starts a job. A repeated call from the same run for the same request starts no second task
   * where the runner supports idempotent starts; otherwise it is not idempotent, so record the step
   * as started in the ledger first.
   *
   * @return {@link TaskLaunch.Started} with the task's id, or {@link TaskLaunch.Refused} with the
   *     runner's reason
   * @throws InfrastructureException when the runner cannot be reached or refuses the caller itself
   *     (configuration, permissions); it says whether trying again can help
   */
  TaskLaunch start(InfrastructureJob job);
}
