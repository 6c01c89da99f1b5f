package io.gatehouse.http.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.engine.ProcessApprovedRequests;
import io.gatehouse.core.engine.RequestOutcome;
import io.gatehouse.core.engine.RequestOutcome.Status;
import io.gatehouse.core.engine.RunReport;
import io.gatehouse.http.demo.DemoDesk;
import io.gatehouse.http.demo.DemoWorld;
import io.gatehouse.testkit.jsm.JsmComment;
import io.gatehouse.testkit.okta.Fault;
import io.gatehouse.testkit.okta.OktaUserStatus;
import io.gatehouse.testkit.okta.UserView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The main job from the configuration file to both simulators and back, through the real Guice
 * wiring, the real Jira and Okta adapters over HTTP on loopback, and the SQLite ledger.
 */
class EndToEndTest {
  private static final Pattern PASSWORD =
      Pattern.compile("\\{noformat}\\n([^\\n]+)\\n\\{noformat}");

  private DemoWorld world;

  @AfterEach
  void stop() {
    if (world != null) {
      world.close();
    }
  }

  @Test
  void run_provisionsTheApprovedRequests_andLeavesTheOthersOpenWithTheirReason() {
    world = DemoWorld.start();

    RunReport report = world.job().run();

    assertThat(statuses(report))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "ITS-101", Status.PROVISIONED,
                "ITS-102", Status.PROVISIONED,
                "ITS-103", Status.WAITING,
                "ITS-104", Status.REJECTED,
                "ITS-105", Status.INVALID));
    assertThat(user("sam.ortiz@acme.example").status()).isEqualTo(OktaUserStatus.PASSWORD_EXPIRED);
    assertThat(user("sam.ortiz@acme.example").groupNames())
        .containsExactly("everyone-acme", "okta-finance-ro", "vpn-users");
    assertThat(user("zoe.unal@acme.example").groupNames())
        .containsExactly("everyone-acme", "okta-engineering");
    assertThat(world.okta().user("kim.lee@acme.example")).isEmpty();
    assertThat(world.okta().user("alex.doe@acme.example")).isEmpty();
    assertThat(world.okta().requests("POST", "/api/v1/users")).hasSize(2);

    for (String key : DemoDesk.APPROVED) {
      assertThat(world.jsm().status(key)).isEqualTo(DemoDesk.RESOLVED);
      List<JsmComment> comments = world.jsm().comments(key);
      assertThat(comments).extracting(JsmComment::isPublic).containsExactly(false, true);
      String password = passwordIn(comments.get(1));
      assertThat(password).hasSizeGreaterThanOrEqualTo(16);
      assertThat(comments.get(0).body())
          .contains("Gatehouse provisioned this request")
          .contains("Correlation id: " + report.correlationId())
          .doesNotContain(password);
    }
    assertThat(world.jsm().comments("ITS-101").get(1).body())
        .contains("Username: sam.ortiz@acme.example");

    assertOpenWithOneInternalComment(DemoDesk.PENDING, "still pending");
    assertOpenWithOneInternalComment(DemoDesk.DECLINED, "declined by Omar Haddad");
    assertOpenWithOneInternalComment(DemoDesk.INVALID_EMAIL, "not a valid e-mail address");
  }

  @Test
  void run_again_afterARestart_changesNothing() {
    world = DemoWorld.start();
    world.job().run();
    world.okta().clearRequests();
    world.jsm().clearRecorded();

    // A new object graph on the same database file, as a new process would build it.
    RunReport second = world.job().run();

    assertThat(statuses(second).keySet())
        .containsExactlyInAnyOrder("ITS-103", "ITS-104", "ITS-105");
    assertThat(world.jsm().recorded())
        .allSatisfy(call -> assertThat(call.method()).isEqualTo("GET"));
    assertThat(world.okta().requests())
        .filteredOn(call -> call.path().startsWith("/api/"))
        .isEmpty();
    for (String key : List.of("ITS-101", "ITS-102", "ITS-103", "ITS-104", "ITS-105")) {
      assertThat(world.jsm().comments(key)).hasSizeLessThanOrEqualTo(2);
    }
  }

  @Test
  void twoRunsAtOnce_neverProvisionTwice() {
    world = DemoWorld.start();
    world.okta().setLatency(Duration.ofMillis(40));
    ProcessApprovedRequests first = world.job();
    ProcessApprovedRequests second = world.job();

    CompletableFuture<RunReport> one = CompletableFuture.supplyAsync(first::run);
    CompletableFuture<RunReport> two = CompletableFuture.supplyAsync(second::run);
    CompletableFuture.allOf(one, two).join();

    assertThat(world.okta().requests("POST", "/api/v1/users")).hasSize(2);
    for (String key : DemoDesk.APPROVED) {
      assertThat(world.jsm().comments(key)).hasSize(2);
      assertThat(world.jsm().status(key)).isEqualTo(DemoDesk.RESOLVED);
    }
    assertThat(world.jsm().comments(DemoDesk.PENDING)).hasSize(1);
    assertThat(world.jsm().recorded())
        .filteredOn(call -> call.method().equals("POST") && call.path().endsWith("/transitions"))
        .hasSize(2);
  }

  @Test
  void twoRunsAtOnce_eachWithSeveralWorkers_provisionEveryRequestOnce_overTheSqliteLedger() {
    world = DemoWorld.start();
    for (int i = 0; i < 30; i++) {
      DemoDesk.addApprovedNewHire(
          world.jsm(), "ITS-" + (200 + i), "hire" + i + "@acme.example", "Hire", "No" + i);
    }
    ProcessApprovedRequests first = world.job();
    ProcessApprovedRequests second = world.job();

    CompletableFuture<RunReport> one = CompletableFuture.supplyAsync(first::run);
    CompletableFuture<RunReport> two = CompletableFuture.supplyAsync(second::run);
    CompletableFuture.allOf(one, two).join();

    assertThat(world.okta().requests("POST", "/api/v1/users"))
        .hasSize(32)
        .extracting(
            call -> call.body().orElseThrow().replaceAll("(?s).*\"login\":\"([^\"]+)\".*", "$1"))
        .doesNotHaveDuplicates();
    assertThat(world.jsm().recorded())
        .filteredOn(call -> call.method().equals("POST") && call.path().endsWith("/transitions"))
        .hasSize(32);
    for (int i = 0; i < 30; i++) {
      assertThat(world.jsm().status("ITS-" + (200 + i))).isEqualTo(DemoDesk.RESOLVED);
      assertThat(world.jsm().comments("ITS-" + (200 + i))).hasSize(2);
    }
    assertThat(List.of(one.join(), two.join()))
        .flatExtracting(RunReport::outcomes)
        .filteredOn(outcome -> outcome.status() == Status.PROVISIONED)
        .hasSize(32);
  }

  @Test
  void run_withActivationEmail_andAnApiToken_putsNoPasswordAnywhere() {
    world = DemoWorld.start(new DemoWorld.Setup(false, "activation-email"));

    world.job().run();

    assertThat(user("sam.ortiz@acme.example").status()).isEqualTo(OktaUserStatus.PROVISIONED);
    assertThat(user("sam.ortiz@acme.example").hasPassword()).isFalse();
    assertThat(world.okta().activationEmails())
        .contains("sam.ortiz@acme.example", "zoe.unal@acme.example");
    JsmComment toRequester = world.jsm().comments("ITS-101").get(1);
    assertThat(toRequester.isPublic()).isTrue();
    assertThat(toRequester.body()).contains("activation e-mail").doesNotContain("{noformat}");
    assertThat(world.jsm().status("ITS-101")).isEqualTo(DemoDesk.RESOLVED);
  }

  @Test
  void bc07_createAnswered503AfterOktaCreated_isAdoptedThroughTheLedger_notCreatedTwice() {
    world = DemoWorld.start();
    world.okta().failNext(Fault.unavailableAfterHandling("POST", "/api/v1/users"), 1);

    RunReport report = world.job().run();

    assertThat(statuses(report))
        .containsEntry("ITS-101", Status.PROVISIONED)
        .containsEntry("ITS-102", Status.PROVISIONED);
    assertThat(report.outcomes())
        .flatMap(RequestOutcome::actions)
        .anyMatch(action -> action.startsWith("adopted user"));
    assertThat(world.okta().requests("POST", "/api/v1/users")).hasSize(2);
  }

  private void assertOpenWithOneInternalComment(String key, String reason) {
    assertThat(world.jsm().status(key)).isEqualTo(DemoDesk.OPEN);
    assertThat(world.jsm().comments(key))
        .singleElement()
        .satisfies(comment -> assertThat(comment.isPublic()).isFalse())
        .satisfies(comment -> assertThat(comment.body()).contains(reason));
  }

  private UserView user(String login) {
    return world.okta().user(login).orElseThrow(() -> new AssertionError("no user " + login));
  }

  private static String passwordIn(JsmComment comment) {
    Matcher matcher = PASSWORD.matcher(comment.body());
    assertThat(matcher.find()).as("a temporary password in the public comment").isTrue();
    return matcher.group(1);
  }

  private static Map<String, Status> statuses(RunReport report) {
    return report.outcomes().stream()
        .collect(
            Collectors.toMap(
                outcome -> outcome.key().value(), RequestOutcome::status, (a, b) -> a));
  }
}
