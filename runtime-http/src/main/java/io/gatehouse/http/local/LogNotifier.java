package io.gatehouse.http.local;

import io.gatehouse.core.port.Alert;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.core.request.RequestKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Announces alerts in the log at ERROR, with the request key and correlation id as MDC keys {@code
 * requestKey} and {@code correlationId}. The caller's MDC values are restored afterwards.
 */
final class LogNotifier implements Notifier {
  static final String LOGGER_NAME = "io.gatehouse.alert";

  private static final Logger log = LoggerFactory.getLogger(LOGGER_NAME);

  @Override
  public void alert(Alert alert) {
    String previousKey = MDC.get("requestKey");
    String previousCorrelation = MDC.get("correlationId");
    try {
      alert
          .request()
          .ifPresentOrElse(
              key -> MDC.put("requestKey", key.value()), () -> MDC.remove("requestKey"));
      MDC.put("correlationId", alert.correlationId());

      String request = alert.request().map(RequestKey::value).orElse("no request");
      log.error("{} ({}): {}", alert.title(), request, alert.detail());
    } catch (RuntimeException e) {
      // The log is this notifier's only channel; a broken one must not stop the run it reports on.
    } finally {
      restore("requestKey", previousKey);
      restore("correlationId", previousCorrelation);
    }
  }

  private static void restore(String key, String previous) {
    if (previous == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, previous);
    }
  }
}
