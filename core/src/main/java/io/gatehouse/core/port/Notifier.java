package io.gatehouse.core.port;

/** Where failures are announced: a log, a Slack channel, an SNS topic. */
public interface Notifier {

  /**
   * Sends an alert. Never throws: a notifier that cannot deliver logs its own failure, so that it
   * never hides the failure it was reporting nor stops the run.
   */
  void alert(Alert alert);
}
