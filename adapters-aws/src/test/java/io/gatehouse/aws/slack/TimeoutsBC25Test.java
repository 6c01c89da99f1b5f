package io.gatehouse.aws.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.aws.AwsClients;
import io.gatehouse.aws.AwsConnection;
import io.gatehouse.aws.testing.CannedResponse;
import io.gatehouse.aws.testing.FakeAwsServer;
import io.gatehouse.aws.testing.RecordingFailures;
import io.gatehouse.aws.testing.SigV4Check;
import io.gatehouse.aws.testing.TestAws;
import io.gatehouse.core.port.Alert;
import io.gatehouse.core.secret.SecretRef;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * BC-25: every outbound call has a bound. A service that stops answering costs an alert or a call
 * its configured timeout, never an open-ended wait that outlasts an API Gateway or Lambda limit.
 * The servers hold their answers until the test ends; the latch opens before they stop, as a
 * stopping server waits for the answers it holds.
 */
class TimeoutsBC25Test {
  private static final Duration SHORT = Duration.ofMillis(400);
  private static final Alert ALERT = new Alert("Okta unreachable", "", null, "run-1");

  private final CountDownLatch release = new CountDownLatch(1);

  @Test
  void slackAlert_givesUpAfterTheRequestTimeout_whenSlackDoesNotAnswer() throws IOException {
    try (FakeWebhook slack = new FakeWebhook()) {
      try {
        SecretRef webhook = SecretRef.parse("aws:gatehouse/prod#slackWebhookUrl");
        MapSecretStore secrets = new MapSecretStore();
        secrets.put(webhook, slack.url("/services/T0/B0/X"));
        slack.holdAnswersUntil(release);
        RecordingFailures failures = new RecordingFailures();
        SlackSettings settings = new SlackSettings(webhook, 3000, SHORT, SHORT, 1, Duration.ZERO);

        long started = System.nanoTime();
        new SlackNotifier(HttpClient.newHttpClient(), secrets, settings, wait -> {}, failures)
            .alert(ALERT);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(failures.reports())
            .singleElement()
            .asString()
            .contains("could not be reached (HttpTimeoutException)");
      } finally {
        release.countDown();
      }
    }
  }

  @Test
  void awsCall_endsWithinTheCallTimeout_whenTheEndpointDoesNotAnswer() {
    try (FakeAwsServer sns = FakeAwsServer.start("sns", request -> hang())) {
      try {
        AwsConnection connection =
            new AwsConnection(SigV4Check.REGION, sns.endpoint(), SHORT, SHORT);
        SnsClient client = AwsClients.build(SnsClient.builder(), connection, TestAws.credentials());

        long started = System.nanoTime();
        assertThatThrownBy(
                () -> client.publish(p -> p.topicArn("arn:aws:sns:eu-west-1:1:t").message("m")))
            .isInstanceOf(ApiCallTimeoutException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
      } finally {
        release.countDown();
      }
    }
  }

  private CannedResponse hang() {
    try {
      release.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return CannedResponse.text(500, "released");
  }
}
