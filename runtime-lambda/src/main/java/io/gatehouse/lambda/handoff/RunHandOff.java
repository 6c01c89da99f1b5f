package io.gatehouse.lambda.handoff;

/**
 * Hands a run over to be done in the background, so that the webhook can answer at once however
 * long the run takes (field case BC-25: API Gateway gives up after 29 seconds).
 */
public interface RunHandOff {

  /**
   * Queues a run and returns as soon as it is accepted, never waiting for the run itself. Safe to
   * call again: a second run finds finished steps in the ledger and repeats none of them.
   *
   * @throws HandOffException when the run could not be queued; nothing was started then
   */
  void requestRun(RunRequest request);
}
