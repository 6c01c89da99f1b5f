package io.gatehouse.aws.internal;

import io.gatehouse.core.port.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a notifier reports an alert it could not deliver. The report names the alert, so that the
 * failure it announced is never hidden by the failure to announce it.
 */
@FunctionalInterface
public interface DeliveryFailures {

  /**
   * Reports that an alert was not delivered. Never throws.
   *
   * @param channel such as {@code Slack} or {@code SNS}
   * @param reason why, with a hint on what to check; never a credential or the webhook URL
   */
  void notDelivered(String channel, Alert alert, String reason);

  /** Reports at WARN level on the notifier's logger. */
  static DeliveryFailures log(Class<?> notifier) {
    Logger log = LoggerFactory.getLogger(notifier);
    return (channel, alert, reason) ->
        log.warn(
            "{} alert not delivered: {}. The alert was: {}",
            channel,
            reason,
            AlertText.summary(alert));
  }
}
