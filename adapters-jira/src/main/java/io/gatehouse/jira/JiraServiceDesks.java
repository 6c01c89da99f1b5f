package io.gatehouse.jira;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.ServiceDesk;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.OkHttpClient;

/**
 * Builds the {@link ServiceDesk} for Jira Service Management Cloud.
 *
 * <p>The desk calls the servicedeskapi as the configured agent account with basic auth, reading the
 * API token from the {@link SecretStore} for each call; on a 401 it invalidates the secret and
 * tries once more with a fresh copy. 429 and 503 are retried up to three times, honouring {@code
 * Retry-After} or else {@code X-RateLimit-Reset}, and backing off with jitter when neither is
 * given; a wait over a minute is not made. Other failures become a {@link
 * io.gatehouse.core.port.ServiceDeskException} that carries the desk's own error text, the method
 * and path, and says whether it is retryable (429, 5xx, I/O); never the token. {@code request(key)}
 * answers empty for requests of other desks. The returned desk is thread-safe.
 */
public final class JiraServiceDesks {
  private JiraServiceDesks() {}

  public static ServiceDesk create(JiraSettings settings, SecretStore secrets) {
    return create(
        settings,
        secrets,
        Pause.SLEEP,
        new RetryPolicy(() -> ThreadLocalRandom.current().nextDouble(), Clock.systemUTC()));
  }

  static ServiceDesk create(
      JiraSettings settings, SecretStore secrets, Pause pause, RetryPolicy retries) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(secrets, "secrets");
    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectTimeout(settings.connectTimeout())
            .readTimeout(settings.readTimeout())
            .writeTimeout(settings.readTimeout())
            .callTimeout(settings.callTimeout())
            .followRedirects(false)
            .addNetworkInterceptor(new LoggingInterceptor())
            .build();
    JsmClient client = new JsmClient(settings, secrets, http, new ObjectMapper(), retries, pause);
    return new JsmServiceDesk(settings, client);
  }
}
