package io.gatehouse.aws.testing;

import io.gatehouse.aws.internal.DeliveryFailures;
import io.gatehouse.core.port.Alert;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what notifiers report instead of logging it. */
public final class RecordingFailures implements DeliveryFailures {
  private final List<String> reports = new CopyOnWriteArrayList<>();

  @Override
  public void notDelivered(String channel, Alert alert, String reason) {
    reports.add(channel + ": " + reason + " | " + alert.title());
  }

  public List<String> reports() {
    return List.copyOf(reports);
  }
}
