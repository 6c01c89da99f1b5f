package io.gatehouse.aws.slack;

import io.gatehouse.aws.internal.DeliveryFailures;
import io.gatehouse.core.port.Alert;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.SecretUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Posts alerts to a Slack incoming webhook. A 429 is retried after its {@code Retry-After}, a 5xx
 * after a second, up to the configured attempts. A 403, 404 or 410 (a webhook revoked or rotated)
 * reads the webhook URL anew once. Never throws: an alert that cannot be delivered is reported to
 * {@link DeliveryFailures} with the alert it carried, and the reason never shows the webhook URL.
 */
final class SlackNotifier implements Notifier {
  private static final Set<Integer> REVOKED = Set.of(403, 404, 410);
  private static final Duration SERVER_ERROR_WAIT = Duration.ofSeconds(1);

  private final HttpClient http;
  private final SecretStore secrets;
  private final SlackSettings settings;
  private final Sleeper sleeper;
  private final DeliveryFailures failures;

  SlackNotifier(
      HttpClient http,
      SecretStore secrets,
      SlackSettings settings,
      Sleeper sleeper,
      DeliveryFailures failures) {
    this.http = Objects.requireNonNull(http, "http");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.failures = Objects.requireNonNull(failures, "failures");
  }

  @Override
  public void alert(Alert alert) {
    try {
      deliver(SlackMessage.body(alert, settings.maxTextLength()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failures.notDelivered("Slack", alert, "interrupted while waiting to post again");
    } catch (NotDelivered | SecretUnavailableException e) {
      failures.notDelivered("Slack", alert, e.getMessage());
    } catch (RuntimeException e) {
      failures.notDelivered(
          "Slack", alert, "unexpected failure (" + e.getClass().getSimpleName() + ")");
    }
  }

  private void deliver(byte[] body) throws InterruptedException {
    boolean reread = false;
    int attempt = 1;
    while (true) {
      HttpResponse<String> response = post(webhook(), body);
      int status = response.statusCode();
      if (status == 200) {
        return;
      }

      if (REVOKED.contains(status) && !reread) {
        // A rotated webhook shows as a revoked one: read the secret anew, once.
        secrets.invalidate(settings.webhookUrl());
        reread = true;
        continue;
      }
      boolean retryable = status == 429 || status >= 500;
      if (!retryable || attempt >= settings.maxAttempts()) {
        throw new NotDelivered(
            "Slack answered HTTP " + status + errorCode(response) + after(attempt) + hint(status));
      }

      Duration wait = status == 429 ? retryAfter(response) : SERVER_ERROR_WAIT;
      if (wait.compareTo(settings.maxRetryAfter()) > 0) {
        throw new NotDelivered(
            "Slack asked to wait " + wait.toSeconds() + " s, longer than slack.maxRetryAfter");
      }
      sleeper.sleep(wait);
      attempt++;
    }
  }

  private HttpResponse<String> post(URI webhook, byte[] body) throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(webhook)
            .timeout(settings.requestTimeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      // The exception's message may name the URL, so only its type is told.
      throw new NotDelivered("Slack could not be reached (" + e.getClass().getSimpleName() + ")");
    }
  }

  private URI webhook() {
    String text = secrets.read(settings.webhookUrl()).reveal().strip();
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new NotDelivered("the webhook secret " + settings.webhookUrl() + " is not a URL");
    }
    boolean https = "https".equals(uri.getScheme());
    boolean loopback =
        "http".equals(uri.getScheme())
            && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()));
    if (!https && !loopback) {
      throw new NotDelivered(
          "the webhook secret " + settings.webhookUrl() + " is not an https URL");
    }
    return uri;
  }

  private static Duration retryAfter(HttpResponse<?> response) {
    String header = response.headers().firstValue("Retry-After").orElse("1").strip();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(header)));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(1);
    }
  }

  /** Slack's error code, such as {@code no_service}; anything else in the body is not shown. */
  private static String errorCode(HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body().strip();
    return body.matches("[a-z_]{1,60}") ? " " + body : "";
  }

  private static String after(int attempt) {
    return attempt > 1 ? " after " + attempt + " attempts" : "";
  }

  private static String hint(int status) {
    return REVOKED.contains(status)
        ? "; the webhook may have been revoked: check the secret and the Slack app"
        : "";
  }

  /** Why an alert was not delivered, in words safe to log. */
  private static final class NotDelivered extends RuntimeException {
    NotDelivered(String reason) {
      super(reason, null, false, false);
    }
  }
}
