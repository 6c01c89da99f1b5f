package io.gatehouse.core.fakes;

import io.gatehouse.core.port.Alert;
import io.gatehouse.core.port.Notifier;
import java.util.ArrayList;
import java.util.List;

/** Keeps the alerts it is given. */
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
