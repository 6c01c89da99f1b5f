package io.gatehouse.aws.slack;

import io.gatehouse.aws.internal.DeliveryFailures;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.core.port.SecretStore;
import java.net.http.HttpClient;

/** Builds the Slack notifier outside Guice, for runtimes that combine several notifiers. */
public final class SlackNotifiers {
  private SlackNotifiers() {}

  /**
   * A notifier posting to the webhook kept in {@code secrets}; its failures are logged at WARN. The
   * URL is read at each alert, from the store's cache.
   */
  public static Notifier create(SlackSettings settings, SecretStore secrets) {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    return new SlackNotifier(
        http, secrets, settings, Sleeper.REAL, DeliveryFailures.log(SlackNotifier.class));
  }
}
