package io.gatehouse.core.port;

/**
 * Starts a one-off task that carries a finished request further, such as the Atlantis run that
 * applies its infrastructure change: an ECS task in production. Where and how the task runs
 * (cluster, task definition, network) is the adapter's configuration; the caller gives only what
 * the task must know of the request.
 */
public interface TaskRunner {

  /**
   * Starts a task and returns once it is accepted, without waiting for it to finish.
   *
   * <p>Safe to call again with the same {@link TaskLaunch#idempotencyKey()}: within the runner's
   * idempotency window (at least one hour) a second call starts no second task and answers the
   * first one's id. Callers still record the start in the ledger, since the window is finite.
   *
   * @return the started task's id, such as an ECS task ARN
   * @throws TaskRunnerException when the task could not be started; it says whether a retry can
   *     help
   */
  String start(TaskLaunch launch);
}
