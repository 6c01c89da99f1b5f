package io.gatehouse.aws.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatehouse.aws.testing.CannedResponse;
import io.gatehouse.aws.testing.RecordingFailures;
import io.gatehouse.core.port.Alert;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.core.secret.SecretRef;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackNotifierTest {
  private static final SecretRef WEBHOOK = SecretRef.parse("aws:gatehouse/prod#slackWebhookUrl");
  private static final String PATH = "/services/T000/B000/FAKE";
  private static final Alert ALERT =
      new Alert(
          "Okta refused to create zoë.ünal for ITS-42 <@here> & co",
          "Okta 400 E0000001 login: An object with this field already exists\n"
              + "sent Authorization: SSWS 00abcDEFghi_JKLmno\n"
              + "password: Tr0ub4dor&3\n"
              + "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEF\n-----END PRIVATE KEY-----",
          RequestKey.of("ITS-42"),
          "run-7f3a");

  private final FakeWebhook slack = new FakeWebhook();
  private final MapSecretStore secrets = new MapSecretStore();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final RecordingFailures failures = new RecordingFailures();

  SlackNotifierTest() throws IOException {
    secrets.put(WEBHOOK, slack.url(PATH));
  }

  @AfterEach
  void stop() {
    slack.close();
  }

  @Test
  void alert_postsJson_withScrubbedText_nonAsciiIntact() throws IOException {
    notifier(SlackSettings.of(WEBHOOK)).alert(ALERT);

    assertThat(slack.posts())
        .singleElement()
        .satisfies(
            post -> {
              assertThat(post.method()).isEqualTo("POST");
              assertThat(post.path()).isEqualTo(PATH);
              assertThat(post.contentType()).isEqualTo("application/json; charset=utf-8");
            });
    String text = text(slack.posts().get(0).body());
    assertThat(text)
        .startsWith("Okta refused to create zoë.ünal for ITS-42 &lt;@here&gt; &amp; co\n")
        .contains("Request: ITS-42", "Correlation id: run-7f3a", "E0000001")
        .contains("SSWS [redacted]", "password: [redacted]", "[redacted PEM block]")
        .doesNotContain("00abcDEF", "Tr0ub4dor", "MIIEvQ");
    assertThat(failures.reports()).isEmpty();
  }

  @Test
  void alert_cutsLongText_toTheConfiguredLength() throws IOException {
    Alert longAlert = new Alert("Long", "word ".repeat(2000), null, "run-1");

    notifier(settings(3, Duration.ofSeconds(30))).alert(longAlert);

    String text = text(slack.posts().get(0).body());
    assertThat(text).hasSizeLessThanOrEqualTo(500).endsWith("…[truncated]");
  }

  @Test
  void alert_retriesAfterRetryAfter_on429() {
    slack.answer(CannedResponse.text(429, "rate_limited").withHeader("Retry-After", "7"));

    notifier(SlackSettings.of(WEBHOOK)).alert(ALERT);

    assertThat(slack.posts()).hasSize(2);
    assertThat(waits).containsExactly(Duration.ofSeconds(7));
    assertThat(failures.reports()).isEmpty();
  }

  @Test
  void alert_givesUp_afterTheLastAttempt_andReportsWithoutThrowing() {
    CannedResponse limited =
        CannedResponse.text(429, "rate_limited").withHeader("Retry-After", "1");
    slack.answer(limited, limited, limited, limited);

    assertThatCode(() -> notifier(settings(3, Duration.ofSeconds(30))).alert(ALERT))
        .doesNotThrowAnyException();

    assertThat(slack.posts()).hasSize(3);
    assertThat(waits).hasSize(2);
    assertThat(failures.reports())
        .singleElement()
        .asString()
        .contains("HTTP 429 rate_limited after 3 attempts")
        .contains("Okta refused to create")
        .doesNotContain(PATH);
  }

  @Test
  void alert_doesNotWait_longerThanAllowed() {
    slack.answer(CannedResponse.text(429, "rate_limited").withHeader("Retry-After", "600"));

    notifier(SlackSettings.of(WEBHOOK)).alert(ALERT);

    assertThat(waits).isEmpty();
    assertThat(failures.reports()).singleElement().asString().contains("wait 600 s");
  }

  @Test
  void alert_readsARotatedWebhookOnce_whenTheOldOneIsGone() {
    notifier(SlackSettings.of(WEBHOOK)).alert(ALERT);
    secrets.put(WEBHOOK, slack.url("/services/T000/B000/ROTATED"));
    slack.answer(CannedResponse.text(404, "no_service"));

    notifier(SlackSettings.of(WEBHOOK)).alert(ALERT);

    assertThat(slack.posts())
        .extracting(FakeWebhook.Post::path)
        .containsExactly(PATH, PATH, "/services/T000/B000/ROTATED");
    assertThat(secrets.invalidated()).containsExactly(WEBHOOK);
    assertThat(failures.reports()).isEmpty();
  }

  @Test
  void alert_reportsARevokedWebhook_withoutItsUrl() {
    slack.answer(
        CannedResponse.text(410, "channel_is_archived"),
        CannedResponse.text(410, "channel_is_archived"));

    notifier(SlackSettings.of(WEBHOOK)).alert(ALERT);

    assertThat(slack.posts()).hasSize(2);
    assertThat(failures.reports())
        .singleElement()
        .asString()
        .contains("HTTP 410 channel_is_archived", "revoked")
        .doesNotContain("127.0.0.1", "FAKE");
  }

  @Test
  void alert_reportsAnUnreachableWebhook_andAMissingSecret_withoutThrowing() {
    slack.close();

    notifier(SlackSettings.of(WEBHOOK)).alert(ALERT);
    MapSecretStore empty = new MapSecretStore();
    new SlackNotifier(
            HttpClient.newHttpClient(), empty, SlackSettings.of(WEBHOOK), waits::add, failures)
        .alert(ALERT);

    assertThat(failures.reports()).hasSize(2);
    assertThat(failures.reports().get(0)).contains("could not be reached").doesNotContain(PATH);
    assertThat(failures.reports().get(1)).contains("aws:gatehouse/prod#slackWebhookUrl");
  }

  @Test
  void alert_refusesAWebhookThatIsNotHttps() {
    secrets.put(WEBHOOK, "http://hooks.example.com/services/T000/B000/FAKE");

    notifier(SlackSettings.of(WEBHOOK)).alert(ALERT);

    assertThat(slack.posts()).isEmpty();
    assertThat(failures.reports())
        .singleElement()
        .asString()
        .contains("is not an https URL")
        .doesNotContain("hooks.example.com");
  }

  private SlackNotifier notifier(SlackSettings settings) {
    return new SlackNotifier(HttpClient.newHttpClient(), secrets, settings, waits::add, failures);
  }

  private static SlackSettings settings(int attempts, Duration maxRetryAfter) {
    return new SlackSettings(
        WEBHOOK, 500, Duration.ofSeconds(2), Duration.ofSeconds(5), attempts, maxRetryAfter);
  }

  private static String text(String body) throws IOException {
    JsonNode message = new ObjectMapper().readTree(body);
    assertThat(message.fieldNames()).toIterable().containsExactly("text");
    return message.get("text").asText();
  }
}
