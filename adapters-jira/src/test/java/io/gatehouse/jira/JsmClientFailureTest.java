package io.gatehouse.jira;

import static io.gatehouse.jira.JsmDeskFixture.REQUESTS;
import static io.gatehouse.jira.JsmDeskFixture.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gatehouse.core.port.ServiceDesk;
import io.gatehouse.core.port.ServiceDeskException;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.testkit.jsm.CannedResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsmClientFailureTest {
  private static final RequestKey ITS_1 = RequestKey.of("ITS-1");
  private static final String ITS_1_PATH = REQUESTS + "/ITS-1";

  private final JsmDeskFixture fixture = new JsmDeskFixture().open("ITS-1");

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void call_invalidatesTheTokenAndRetriesOnce_whenTheDeskAnswers401() {
    ServiceDesk desk = fixture.desk();
    desk.request(ITS_1);
    fixture.jsm.rotateApiToken(JsmDeskFixture.BOT, "N3W-T0KEN-FAKE");
    fixture.secrets.rotate("N3W-T0KEN-FAKE");
    fixture.jsm.clearRecorded();

    assertThat(desk.request(ITS_1)).isPresent();

    assertThat(fixture.secrets.invalidations).hasValue(1);
    assertThat(fixture.calls("GET", ITS_1_PATH)).hasSize(2);
  }

  @Test
  void call_failsNotRetryable_whenTheFreshTokenIsRefusedToo() {
    fixture.jsm.rotateApiToken(JsmDeskFixture.BOT, "N3W-T0KEN-FAKE");

    ServiceDeskException failure =
        catchThrowableOfType(ServiceDeskException.class, () -> fixture.desk().request(ITS_1));

    assertThat(failure.retryable()).isFalse();
    assertThat(failure).hasMessageContaining("401").hasMessageContaining("GET " + ITS_1_PATH);
    assertThat(failure.getMessage()).doesNotContain(TOKEN);
    assertThat(fixture.secrets.invalidations).hasValue(1);
    assertThat(fixture.calls("GET", ITS_1_PATH)).hasSize(2);
  }

  @Test
  void bc11_waitsForRetryAfter_on429And503_thenSucceeds() {
    fixture.jsm.enqueue(
        ITS_1_PATH, CannedResponse.tooManyRequests(7), CannedResponse.serviceUnavailable(3));

    assertThat(fixture.desk().request(ITS_1)).isPresent();

    assertThat(fixture.pauses).containsExactly(Duration.ofMillis(7500), Duration.ofMillis(3500));
  }

  @Test
  void bc11_backsOffWithJitterAndGivesUpRetryable_whenThrottledWithoutAnyHeader() {
    for (int i = 0; i < 4; i++) {
      fixture.jsm.enqueue(ITS_1_PATH, CannedResponse.tooManyRequests(null));
    }

    ServiceDeskException failure =
        catchThrowableOfType(ServiceDeskException.class, () -> fixture.desk().request(ITS_1));

    assertThat(failure.retryable()).isTrue();
    assertThat(failure).hasMessageContaining("429").hasMessageContaining("Rate limit exceeded.");
    assertThat(fixture.pauses)
        .containsExactly(Duration.ofMillis(750), Duration.ofMillis(1500), Duration.ofMillis(3000));
    assertThat(fixture.calls("GET", ITS_1_PATH)).hasSize(4);
  }

  @Test
  void bc11_waitsUntilTheIsoRateLimitReset_whenRetryAfterIsMissing() {
    fixture.jsm.enqueue(
        ITS_1_PATH,
        CannedResponse.tooManyRequests(null).withHeader("X-RateLimit-Reset", "2025-03-04T10:01Z"));

    assertThat(fixture.desk().request(ITS_1)).isPresent();

    assertThat(fixture.pauses).containsExactly(Duration.ofMillis(30_500));
  }

  @Test
  void bc11_doesNotWait_whenRetryAfterIsBeyondTheBound() {
    fixture.jsm.enqueue(ITS_1_PATH, CannedResponse.tooManyRequests(3600));

    ServiceDeskException failure =
        catchThrowableOfType(ServiceDeskException.class, () -> fixture.desk().request(ITS_1));

    assertThat(failure.retryable()).isTrue();
    assertThat(fixture.pauses).isEmpty();
  }

  @Test
  void call_surfacesTheDeskErrorText_andMarksServerErrorsRetryable() {
    fixture.jsm.enqueue(ITS_1_PATH, CannedResponse.error(500, "Something broke in the desk"));

    ServiceDeskException failure =
        catchThrowableOfType(ServiceDeskException.class, () -> fixture.desk().request(ITS_1));

    assertThat(failure.retryable()).isTrue();
    assertThat(failure)
        .hasMessageContaining("500")
        .hasMessageContaining("GET " + ITS_1_PATH)
        .hasMessageContaining("Something broke in the desk");
  }

  @Test
  void call_summarisesANonJsonBody_withoutEchoingIt() {
    fixture.jsm.enqueue(
        ITS_1_PATH, CannedResponse.text(502, "text/html", "<html><body>Bad gateway</body></html>"));

    ServiceDeskException failure =
        catchThrowableOfType(ServiceDeskException.class, () -> fixture.desk().request(ITS_1));

    assertThat(failure.retryable()).isTrue();
    assertThat(failure)
        .hasMessageContaining("502")
        .hasMessageContaining("non-JSON body (text/html");
    assertThat(failure.getMessage()).doesNotContain("<html>");
  }

  @Test
  void call_failsRetryable_whenNothingListens() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    JiraSettings settings =
        JiraSettings.of(
            URI.create("http://127.0.0.1:" + port),
            "3",
            "a@example.com",
            JsmDeskFixture.TOKEN_REF,
            "Resolve");
    ServiceDesk desk =
        JiraServiceDesks.create(
            settings,
            fixture.secrets,
            fixture.pauses::add,
            new RetryPolicy(() -> 0.5, JsmDeskFixture.CLOCK));

    ServiceDeskException failure =
        catchThrowableOfType(ServiceDeskException.class, desk::openRequests);

    assertThat(failure.retryable()).isTrue();
    assertThat(failure).hasMessageContaining("GET " + REQUESTS);
  }

  @Test
  void token_neverAppearsInMessagesOrLogs() throws IOException {
    fixture.jsm.enqueue(
        ITS_1_PATH, CannedResponse.error(500, "echo of Basic " + TOKEN + " for debugging"));
    fixture.jsm.rotateApiToken(JsmDeskFixture.BOT, "N3W-T0KEN-FAKE");

    ServiceDeskException echoed =
        catchThrowableOfType(ServiceDeskException.class, () -> fixture.desk().request(ITS_1));
    ServiceDeskException refused =
        catchThrowableOfType(ServiceDeskException.class, () -> fixture.desk().openRequests());

    assertThat(echoed.getMessage()).doesNotContain(TOKEN).contains("[redacted]");
    assertThat(refused.getMessage()).doesNotContain(TOKEN);
    Path log = Path.of("target/adapters-jira-test.log");
    assertThat(log).exists();
    String logged = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(logged)
        .contains("JSM GET " + ITS_1_PATH)
        .doesNotContain(TOKEN)
        .doesNotContain("Basic ");
  }
}
