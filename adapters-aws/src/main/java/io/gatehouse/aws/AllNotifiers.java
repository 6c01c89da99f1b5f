package io.gatehouse.aws;

import io.gatehouse.core.port.Alert;
import io.gatehouse.core.port.Notifier;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One notifier that alerts through several, such as Slack and SNS, each in turn. One that fails,
 * even by throwing against its contract, never keeps the others from alerting.
 */
public final class AllNotifiers implements Notifier {
  private static final Logger LOG = LoggerFactory.getLogger(AllNotifiers.class);

  private final List<Notifier> notifiers;

  private AllNotifiers(List<Notifier> notifiers) {
    this.notifiers = List.copyOf(notifiers);
  }

  public static Notifier of(Notifier... notifiers) {
    return new AllNotifiers(List.of(notifiers));
  }

  @Override
  public void alert(Alert alert) {
    for (Notifier notifier : notifiers) {
      try {
        notifier.alert(alert);
      } catch (RuntimeException e) {
        LOG.warn(
            "{} threw {} instead of reporting its own failure; the alert was for correlation id {}",
            notifier.getClass().getSimpleName(),
            e.getClass().getSimpleName(),
            alert.correlationId());
      }
    }
  }
}
