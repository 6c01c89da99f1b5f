package io.gatehouse.http.demo;

import io.gatehouse.core.port.Alert;
import io.gatehouse.core.port.Notifier;
import java.util.ArrayList;
import java.util.List;

/** The demo's alert channel: keeps the alerts so the demo can show them after each run. */
public final class DemoAlerts implements Notifier {
  private final List<Alert> alerts = new ArrayList<>();

  @Override
  public synchronized void alert(Alert alert) {
    alerts.add(alert);
  }

  /** Every alert raised so far, oldest first. */
  public synchronized List<Alert> raised() {
    return List.copyOf(alerts);
  }
}
