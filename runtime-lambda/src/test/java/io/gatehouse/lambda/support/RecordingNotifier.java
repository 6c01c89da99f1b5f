package io.gatehouse.lambda.support;

import io.gatehouse.core.port.Alert;
import io.gatehouse.core.port.Notifier;
import java.util.ArrayList;
import java.util.List;

/** Stands in for the Slack notifier of adapters-aws and keeps every alert. */
public final class RecordingNotifier implements Notifier {
  private final List<Alert> alerts = new ArrayList<>();

  @Override
  public synchronized void alert(Alert alert) {
    alerts.add(alert);
  }

  public synchronized List<Alert> alerts() {
    return List.copyOf(alerts);
  }
}
