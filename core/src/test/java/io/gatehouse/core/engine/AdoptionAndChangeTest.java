package io.gatehouse.core.engine;

import static io.gatehouse.core.fakes.Requests.MANAGER;
import static io.gatehouse.core.fakes.Requests.approvedBy;
import static io.gatehouse.core.fakes.Requests.declined;
import static io.gatehouse.core.fakes.Requests.newHire;
import static io.gatehouse.core.fakes.Requests.onboarding;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.core.directory.CredentialDelivery;
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
import io.gatehouse.core.request.Approval;
import io.gatehouse.core.request.ApprovalDecision;
import io.gatehouse.core.request.Person;
import io.gatehouse.core.request.RequestKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What the job does when the directory already holds a login, when a run outlives its lease, and
 * when a request or its approval changes after provisioning began.
 */
class AdoptionAndChangeTest {
  private static final Duration LEASE = Duration.ofMinutes(10);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
  private final FakeServiceDesk desk = new FakeServiceDesk();
  private final FakeDirectory directory = new FakeDirectory(clock).group("everyone", true);
  private final InMemoryLedger ledger = new InMemoryLedger();
  private final RecordingNotifier notifier = new RecordingNotifier();
  private final AtomicInteger runs = new AtomicInteger();

  private RunReport run() {
    return ProcessApprovedRequests.builder()
        .desk(desk)
        .directory(directory)
        .ledger(ledger)
        .audit(new InMemoryAuditTrail())
        .notifier(notifier)
        .catalog(new Catalog(List.of(onboarding(CredentialDelivery.TEMPORARY_PASSWORD))))
        .passwords(new TemporaryPasswordGenerator(new SecureRandom()))
        .clock(clock)
        .correlationIds(() -> "run-" + runs.incrementAndGet())
        .logContext(LogContext.NONE)
        .lease(LEASE)
        .build()
        .run();
  }

  @Test
  void run_neverAdoptsAnAccountCreatedBeforeThisRequestFirstTriedToCreateIt() {
    directory.existing("cfo@example.com", UserStatus.PASSWORD_EXPIRED);
    clock.advance(Duration.ofMinutes(1));
    desk.add(newHire("ITS-1", "cfo@example.com"), approvedBy(MANAGER));

    RunReport report = run();

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(report.outcomes().get(0).reason()).contains("already taken by another account");
    assertThat(directory.changes()).isEmpty();
    assertThat(notifier.alerts()).hasSize(1);
  }

  @Test
  void run_neverAdoptsAnActiveAccount_evenOneCreatedThisVerySecond() {
    directory.existing("cfo@example.com", UserStatus.ACTIVE);
    desk.add(newHire("ITS-1", "cfo@example.com"), approvedBy(MANAGER));

    assertThat(run().outcomes().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(directory.changes()).isEmpty();
  }

  @Test
  void run_neverAdoptsTheAccountOfAnotherRequestForTheSameLogin() {
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));
    desk.add(newHire("ITS-2", "sam@example.com"), approvedBy(MANAGER));

    RunReport report = run();

    assertThat(report.outcomes())
        .extracting(RequestOutcome::status)
        .containsExactly(Status.PROVISIONED, Status.FAILED);
    assertThat(directory.changes()).doesNotContain("password sam@example.com");
    assertThat(desk.comments(RequestKey.of("ITS-2")))
        .noneMatch(comment -> comment.visibility() == Visibility.PUBLIC);
  }

  @Test
  void run_afterACrashBeforeTheCreateReachedTheDirectory_neverAdoptsALaterStranger() {
    RequestKey key = RequestKey.of("ITS-1");
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));
    ledger
        .claim(key, "run-0", clock.instant(), LEASE)
        .ifPresent(
            claim -> {
              ledger.started(claim, "create-user", clock.instant());
              ledger.release(claim);
            });
    clock.advance(Duration.ofHours(2));
    directory.existing("sam@example.com", UserStatus.PASSWORD_EXPIRED);
    clock.advance(Duration.ofMinutes(1));

    RunReport report = run();

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(directory.changes()).isEmpty();
  }

  @Test
  void run_keepsItsClaim_whileTheStepsTakeLongerThanTheLease() {
    directory.group("vpn-users", true).slowBy(LEASE.dividedBy(2).plusMinutes(1));
    desk.add(newHire("ITS-1", "sam@example.com", "vpn-users"), approvedBy(MANAGER));

    RunReport report = run();

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.PROVISIONED);
    assertThat(directory.membersOf("vpn-users")).hasSize(1);
  }

  @Test
  void run_stopsAndAlerts_whenTheApprovalIsDeclinedAfterProvisioningBegan() {
    RequestKey key = RequestKey.of("ITS-1");
    directory.group("vpn-users", true);
    desk.add(newHire("ITS-1", "sam@example.com", "vpn-users"), approvedBy(MANAGER));
    desk.failCommentsWhen(comment -> comment.visibility() == Visibility.PUBLIC);
    run();
    desk.failCommentsWhen(comment -> false);
    List<String> changesAfterFirst = directory.changes();
    Approval security =
        new Approval(
            "60",
            "Security approval",
            ApprovalDecision.DECLINED,
            List.of(new Approval.Vote(Person.of("acc-sec", "Sec Ops"), ApprovalDecision.DECLINED)));
    desk.setApprovals(key, approvedBy(MANAGER), security);

    RunReport report = run();

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(report.outcomes().get(0).reason())
        .contains("approval changed after Gatehouse began provisioning")
        .contains("create-user");
    assertThat(directory.changes()).isEqualTo(changesAfterFirst);
    assertThat(desk.comments(key).get(desk.comments(key).size() - 1).body())
        .doesNotContain("Nothing was changed");
    assertThat(notifier.alerts()).hasSize(2);
  }

  @Test
  void run_refusesARequestWhoseFieldsChanged_afterProvisioningBegan() {
    directory.group("okta-finance-ro", true).group("vpn-users", true);
    desk.add(newHire("ITS-1", "sam@example.com", "vpn-users"), approvedBy(MANAGER));
    desk.failCommentsWhen(comment -> comment.visibility() == Visibility.PUBLIC);
    run();
    desk.failCommentsWhen(comment -> false);
    desk.replace(newHire("ITS-1", "sam@example.com", "okta-finance-ro"));

    RunReport report = run();

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(report.outcomes().get(0).reason()).contains("changed after Gatehouse began");
    assertThat(directory.membersOf("okta-finance-ro")).isEmpty();
  }

  @Test
  void bc13_triesOneNewPassword_whenThePolicyRefusesTheFirst() {
    directory.refusePasswords(1);
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));

    RunReport report = run();

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.PROVISIONED);
    String password =
        directory
            .passwordOf(directory.findUser("sam@example.com").orElseThrow())
            .orElseThrow()
            .reveal();
    assertThat(desk.comments(RequestKey.of("ITS-1")).get(1).body()).contains(password);
  }

  @Test
  void bc13_failsTheRequest_whenTheSecondPasswordIsRefusedToo() {
    directory.refusePasswords(2);
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));

    RunReport report = run();

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(report.outcomes().get(0).reason()).contains("Password requirements were not met");
    assertThat(directory.changes()).isEmpty();
  }

  @Test
  void run_refusesAMissingGroup_beforeCreatingTheAccount() {
    desk.add(newHire("ITS-1", "sam@example.com", "vpn-users"), approvedBy(MANAGER));

    RunReport report = run();

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(report.outcomes().get(0).reason())
        .isEqualTo("group vpn-users does not exist in Okta");
    assertThat(directory.changes()).isEmpty();
  }

  @Test
  void run_followsAnEditedRequest_whileNothingWasChangedYet() {
    desk.add(newHire("ITS-1", "sam@example.com"), declined(MANAGER));
    run();
    desk.replace(newHire("ITS-1", "sam.ortiz@example.com"));
    desk.setApprovals(RequestKey.of("ITS-1"), approvedBy(MANAGER));

    assertThat(run().outcomes().get(0).status()).isEqualTo(Status.PROVISIONED);
  }

  @Test
  void run_postsOneNotice_forTheSameFailureWithOtherNumbersInIt() {
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));
    desk.failCommentsWhen(comment -> comment.visibility() == Visibility.PUBLIC);

    run();
    run();
    run();

    assertThat(desk.comments(RequestKey.of("ITS-1")))
        .filteredOn(comment -> comment.body().startsWith("Gatehouse could not finish"))
        .hasSize(1);
    assertThat(notifier.alerts()).hasSize(1);
  }

  @Test
  void comments_escapeMarkupFromApproversAndRequests() {
    Person prankster = Person.of("acc-x", "{noformat}[x|http://evil.example]*bold*\nnext");
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(prankster));

    run();

    String internal = desk.comments(RequestKey.of("ITS-1")).get(0).body();
    assertThat(internal)
        .contains("\\{noformat\\}\\[x\\|http://evil.example\\]\\*bold\\* next")
        .doesNotContain("{noformat}[");
  }

  @Test
  void comments_neverEmbedAnImageFromAnApproversName() {
    Person tracker = Person.of("acc-x", "Kim !https://tracker.example/p.png! Lee");
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(tracker));

    run();

    assertThat(desk.comments(RequestKey.of("ITS-1")).get(0).body())
        .contains("Kim \\!https://tracker.example/p.png\\! Lee");
  }
}
