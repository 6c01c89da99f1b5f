package io.gatehouse.aws.internal;

import io.gatehouse.core.port.Alert;
import io.gatehouse.core.request.RequestKey;

/** The plain text of an alert, the same in every channel, scrubbed of credentials. */
public final class AlertText {
  private AlertText() {}

  /** Title, request, correlation id and detail, one per line, scrubbed. */
  public static String render(Alert alert) {
    StringBuilder text = new StringBuilder(alert.title());
    alert.request().ifPresent(key -> text.append("\nRequest: ").append(key));
    text.append("\nCorrelation id: ").append(alert.correlationId());
    if (!alert.detail().isBlank()) {
      text.append("\n\n").append(alert.detail());
    }
    return Redaction.scrub(text.toString());
  }

  /** One line naming the alert for a log: its scrubbed title, request and correlation id. */
  public static String summary(Alert alert) {
    return Redaction.scrub(alert.title())
        + " [request "
        + alert.request().map(RequestKey::value).orElse("none")
        + ", correlation id "
        + alert.correlationId()
        + "]";
  }
}
