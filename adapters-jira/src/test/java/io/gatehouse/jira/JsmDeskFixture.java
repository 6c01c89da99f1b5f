package io.gatehouse.jira;

import io.gatehouse.core.port.ServiceDesk;
import io.gatehouse.core.secret.SecretRef;
import io.gatehouse.testkit.jsm.JsmAccount;
import io.gatehouse.testkit.jsm.JsmRequest;
import io.gatehouse.testkit.jsm.JsmSimulator;
import io.gatehouse.testkit.jsm.JsmStatus;
import io.gatehouse.testkit.jsm.JsmTransition;
import io.gatehouse.testkit.jsm.RecordedRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/** A seeded simulator, the adapter pointed at it, and the waits the adapter asked for. */
final class JsmDeskFixture implements AutoCloseable {
  static final String BOT = "acc-bot";
  static final String BOT_EMAIL = "gatehouse@example.com";
  static final String TOKEN = "T0KEN-abc123-FAKE";
  static final String DANA = "acc-dana";
  static final String RIYA = "acc-riya";
  static final SecretRef TOKEN_REF = SecretRef.parse("test:jira-token");
  static final JsmStatus WAITING = JsmStatus.open("Waiting for support");
  static final JsmStatus RESOLVED = JsmStatus.done("Resolved");
  static final String REQUESTS = "/rest/servicedeskapi/request";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T10:00:30Z"), ZoneOffset.UTC);

  final JsmSimulator jsm = JsmSimulator.start();
  final FakeSecretStore secrets = new FakeSecretStore(TOKEN_REF, TOKEN);
  final List<Duration> pauses = new CopyOnWriteArrayList<>();

  JsmDeskFixture() {
    jsm.addAccount(JsmAccount.withToken(BOT, "Gatehouse", BOT_EMAIL, TOKEN))
        .addAccount(JsmAccount.customer(DANA, "Dana Lee", "dana@example.com"))
        .addAccount(JsmAccount.customer(RIYA, "Riya Patel", null))
        .addServiceDesk("3", "ITS")
        .addAgent("3", BOT)
        .addRequestType("3", "25", "New Okta account")
        .setTransitions(
            WAITING,
            new JsmTransition("31", "Resolve this issue", RESOLVED),
            new JsmTransition("41", "Pending", JsmStatus.open("Pending")));
  }

  ServiceDesk desk() {
    return desk("resolve THIS issue");
  }

  ServiceDesk desk(String resolveTransition) {
    return desk(resolveTransition, settings -> settings);
  }

  /** The adapter with the given transition name and further settings. */
  ServiceDesk desk(String resolveTransition, UnaryOperator<JiraSettings> tweak) {
    JiraSettings settings =
        tweak.apply(
            JiraSettings.of(
                URI.create(jsm.baseUrl()), "3", BOT_EMAIL, TOKEN_REF, resolveTransition));
    return JiraServiceDesks.create(
        settings, secrets, pauses::add, new RetryPolicy(() -> 0.5, JsmDeskFixture.CLOCK));
  }

  JsmDeskFixture open(String key) {
    jsm.addRequest(
        JsmRequest.builder(key).desk("3").type("25").reporter(DANA).summary(key).build());
    return this;
  }

  List<RecordedRequest> calls(String method, String path) {
    return jsm.recorded().stream()
        .filter(call -> call.method().equals(method) && call.path().equals(path))
        .toList();
  }

  @Override
  public void close() {
    jsm.close();
  }
}
