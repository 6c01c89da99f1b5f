package io.gatehouse.core.engine;

import static io.gatehouse.core.fakes.Requests.MANAGER;
import static io.gatehouse.core.fakes.Requests.approvedBy;
import static io.gatehouse.core.fakes.Requests.declined;
import static io.gatehouse.core.fakes.Requests.newHire;
import static io.gatehouse.core.fakes.Requests.onboarding;
import static io.gatehouse.core.fakes.Requests.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.core.directory.CredentialDelivery;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.UserStatus;
import io.gatehouse.core.engine.RequestOutcome.Status;
import io.gatehouse.core.fakes.FakeDirectory;
import io.gatehouse.core.fakes.FakeServiceDesk;
import io.gatehouse.core.fakes.InMemoryAuditTrail;
import io.gatehouse.core.fakes.InMemoryLedger;
import io.gatehouse.core.fakes.MutableClock;
import io.gatehouse.core.fakes.RecordingNotifier;
import io.gatehouse.core.password.TemporaryPasswordGenerator;
import io.gatehouse.core.port.LogContext;
import io.gatehouse.core.port.Visibility;
import io.gatehouse.core.request.Person;
import io.gatehouse.core.request.RequestKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProcessApprovedRequestsTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
  private final FakeServiceDesk desk = new FakeServiceDesk();
  private final FakeDirectory directory =
      new FakeDirectory(clock)
          .group("everyone", true)
          .group("okta-finance-ro", true)
          .group("vpn-users", true);
  private final InMemoryLedger ledger = new InMemoryLedger();
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final RecordingNotifier notifier = new RecordingNotifier();
  private final AtomicInteger runs = new AtomicInteger();
  private CredentialDelivery delivery = CredentialDelivery.TEMPORARY_PASSWORD;

  private ProcessApprovedRequests job() {
    return ProcessApprovedRequests.builder()
        .desk(desk)
        .directory(directory)
        .ledger(ledger)
        .audit(audit)
        .notifier(notifier)
        .catalog(new Catalog(List.of(onboarding(delivery))))
        .passwords(new TemporaryPasswordGenerator(new SecureRandom()))
        .clock(clock)
        .correlationIds(() -> "run-" + runs.incrementAndGet())
        .logContext(LogContext.NONE)
        .lease(Duration.ofMinutes(10))
        .build();
  }

  @Test
  void run_provisionsAnApprovedRequest_reportsAndResolvesIt() {
    desk.add(newHire("ITS-1", "sam@example.com", "vpn-users"), approvedBy(MANAGER));

    RunReport report = job().run();

    assertThat(report.outcomes())
        .extracting(RequestOutcome::status)
        .containsExactly(Status.PROVISIONED);
    assertThat(directory.changes())
        .containsExactly(
            "create sam@example.com",
            "add sam@example.com to everyone",
            "add sam@example.com to vpn-users");
    DirectoryUser user = directory.findUser("sam@example.com").orElseThrow();
    String password = directory.passwordOf(user).orElseThrow().reveal();
    List<FakeServiceDesk.Comment> comments = desk.comments(RequestKey.of("ITS-1"));
    assertThat(comments)
        .extracting(FakeServiceDesk.Comment::visibility)
        .containsExactly(Visibility.INTERNAL, Visibility.PUBLIC);
    assertThat(comments.get(0).body())
        .contains("added to group vpn-users")
        .doesNotContain(password);
    assertThat(comments.get(1).body()).contains("sam@example.com").contains(password);
    assertThat(desk.resolved()).containsExactly(RequestKey.of("ITS-1"));
    assertThat(report.hasFailures()).isFalse();
  }

  @Test
  void run_withActivationEmail_putsNoPasswordAnywhere() {
    delivery = CredentialDelivery.ACTIVATION_EMAIL;
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));

    job().run();

    DirectoryUser user = directory.findUser("sam@example.com").orElseThrow();
    assertThat(user.status()).isEqualTo(UserStatus.PROVISIONED);
    assertThat(directory.passwordOf(user)).isEmpty();
    assertThat(desk.comments().get(1).body())
        .contains("activation e-mail")
        .doesNotContain("password:");
  }

  @Test
  void run_twice_changesNothingTheSecondTime() {
    desk.add(newHire("ITS-1", "sam@example.com", "vpn-users"), approvedBy(MANAGER));
    desk.add(newHire("ITS-2", "kim@example.com"), pending(MANAGER));
    job().run();
    List<String> changesAfterFirst = directory.changes();
    int commentsAfterFirst = desk.comments().size();

    RunReport second = job().run();

    assertThat(directory.changes()).isEqualTo(changesAfterFirst);
    assertThat(desk.comments()).hasSize(commentsAfterFirst);
    assertThat(desk.resolved()).hasSize(1);
    assertThat(second.outcomes())
        .extracting(RequestOutcome::status)
        .containsExactly(Status.WAITING);
  }

  @Test
  void run_leavesPendingAndDeclinedRequestsOpen_withOneCommentEach() {
    desk.add(newHire("ITS-2", "kim@example.com"), pending(MANAGER));
    desk.add(newHire("ITS-3", "lee@example.com"), declined(MANAGER));

    RunReport report = job().run();
    job().run();

    assertThat(report.outcomes())
        .extracting(RequestOutcome::status)
        .containsExactly(Status.WAITING, Status.REJECTED);
    assertThat(desk.comments(RequestKey.of("ITS-2")))
        .singleElement()
        .satisfies(comment -> assertThat(comment.visibility()).isEqualTo(Visibility.INTERNAL))
        .satisfies(comment -> assertThat(comment.body()).contains("still pending"));
    assertThat(desk.comments(RequestKey.of("ITS-3")))
        .singleElement()
        .satisfies(comment -> assertThat(comment.body()).contains("declined"));
    assertThat(directory.changes()).isEmpty();
    assertThat(desk.resolved()).isEmpty();
  }

  @Test
  void run_commentsAgain_whenTheReasonChanges() {
    RequestKey key = RequestKey.of("ITS-2");
    desk.add(newHire("ITS-2", "kim@example.com"), pending(MANAGER));
    job().run();

    desk.setApprovals(key, declined(MANAGER));
    job().run();

    assertThat(desk.comments(key)).hasSize(2);
  }

  @Test
  void run_reportsAnInvalidRequest_onTheTicketAndInAnAlert_once() {
    desk.add(newHire("ITS-4", "not-an-address"), approvedBy(MANAGER));

    RunReport report = job().run();
    job().run();

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.INVALID);
    assertThat(report.hasFailures()).isTrue();
    assertThat(desk.comments(RequestKey.of("ITS-4")))
        .singleElement()
        .satisfies(
            c -> assertThat(c.body()).contains("customfield\\_10071").contains("not a valid"));
    assertThat(notifier.alerts())
        .singleElement()
        .satisfies(alert -> assertThat(alert.correlationId()).isEqualTo("run-1"));
    assertThat(directory.changes()).isEmpty();
  }

  @Test
  void run_failsARequest_whenTheLoginBelongsToSomeoneElse_andChangesNothing() {
    directory.existing("sam@example.com", UserStatus.ACTIVE);
    clock.advance(Duration.ofDays(30));
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));

    RunReport report = job().run();

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(report.outcomes().get(0).reason()).contains("already taken by another account");
    assertThat(desk.comments())
        .singleElement()
        .satisfies(c -> assertThat(c.visibility()).isEqualTo(Visibility.INTERNAL));
    assertThat(notifier.alerts()).hasSize(1);
    assertThat(desk.resolved()).isEmpty();
  }

  @Test
  void run_neverReactivatesADeprovisionedHolderOfTheLogin() {
    directory.existing("sam@example.com", UserStatus.DEPROVISIONED);
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));

    RunReport report = job().run();

    assertThat(report.outcomes().get(0).reason()).contains("deactivated account");
    assertThat(directory.changes()).isEmpty();
  }

  @Test
  void run_resumesAfterAFailedReport_withoutCreatingTwice_andGivesANewPassword() {
    RequestKey key = RequestKey.of("ITS-1");
    desk.add(newHire("ITS-1", "sam@example.com", "vpn-users"), approvedBy(MANAGER));
    desk.failCommentsWhen(comment -> comment.visibility() == Visibility.PUBLIC);

    RunReport first = job().run();
    desk.failCommentsWhen(comment -> false);
    RunReport second = job().run();

    assertThat(first.outcomes().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(second.outcomes().get(0).status()).isEqualTo(Status.PROVISIONED);
    DirectoryUser user = directory.findUser("sam@example.com").orElseThrow();
    assertThat(directory.changes())
        .containsExactly(
            "create sam@example.com", "add sam@example.com to everyone",
            "add sam@example.com to vpn-users", "password sam@example.com");
    String current = directory.passwordOf(user).orElseThrow().reveal();
    assertThat(desk.comments(key))
        .filteredOn(c -> c.visibility() == Visibility.PUBLIC)
        .singleElement()
        .satisfies(c -> assertThat(c.body()).contains(current));
    assertThat(desk.comments(key))
        .filteredOn(c -> c.body().startsWith("Gatehouse provisioned"))
        .hasSize(1);
  }

  @Test
  void run_adoptsTheAccount_whenAnEarlierAttemptOfThisRequestCreatedIt() {
    RequestKey key = RequestKey.of("ITS-1");
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));
    ledger
        .claim(key, "run-0", clock.instant(), Duration.ofMinutes(1))
        .ifPresent(
            claim -> {
              ledger.started(claim, "create-user", clock.instant());
              ledger.release(claim);
            });
    clock.advance(Duration.ofSeconds(5));
    directory.existing("sam@example.com", UserStatus.PASSWORD_EXPIRED);

    RunReport report = job().run();

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.PROVISIONED);
    assertThat(report.outcomes().get(0).actions().get(0)).startsWith("adopted user");
    assertThat(directory.changes())
        .doesNotContain("create sam@example.com")
        .contains("password sam@example.com");
  }

  @Test
  void run_doesNotCountTheApprovalOfThePersonTheRequestIsFor() {
    Person newHire = new Person("acc-sam", "Sam Ortiz", "sam@example.com");
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(newHire));

    RunReport report = job().run();

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.REJECTED);
    assertThat(directory.changes()).isEmpty();
  }

  @Test
  void run_skipsARequest_thatAnotherRunHolds() {
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));
    ledger.holdFor(RequestKey.of("ITS-1"), "run-elsewhere", clock.instant().plusSeconds(60));

    RunReport report = job().run();

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.BUSY);
    assertThat(directory.changes()).isEmpty();
    assertThat(desk.comments()).isEmpty();
  }

  @Test
  void run_auditsEveryDecisionAndStep() {
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));

    job().run();

    assertThat(audit.eventsFor(RequestKey.of("ITS-1")))
        .extracting(event -> event.type())
        .containsSubsequence("request.decided", "plan.ready", "step", "request.resolved");
  }

  @Test
  void builder_namesWhatTheJobStillNeeds() {
    assertThatThrownBy(() -> ProcessApprovedRequests.builder().desk(new FakeServiceDesk()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the job needs directory");
  }
}
