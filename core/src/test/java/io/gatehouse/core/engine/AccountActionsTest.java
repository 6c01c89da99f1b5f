package io.gatehouse.core.engine;

import static io.gatehouse.core.fakes.Requests.MANAGER;
import static io.gatehouse.core.fakes.Requests.accountType;
import static io.gatehouse.core.fakes.Requests.approvedBy;
import static io.gatehouse.core.fakes.Requests.forAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.catalog.Action;
import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.core.directory.CredentialDelivery;
import io.gatehouse.core.directory.DirectoryGroup;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.GroupLookup;
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
import io.gatehouse.core.request.RequestKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Requests that change an existing account: offboarding and the other lifecycle actions. */
class AccountActionsTest {
  static final String OFFBOARD = "30";
  static final String GRANT = "31";
  static final String REVOKE = "32";
  static final String RESET_TEMPORARY = "33";
  static final String RESET_EMAIL = "34";
  static final String UNLOCK = "35";
  static final String SUSPEND = "36";
  static final String UNSUSPEND = "37";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
  private final FakeServiceDesk desk = new FakeServiceDesk();
  private final FakeDirectory directory =
      new FakeDirectory(clock).group("okta-finance-ro", true).group("vpn-users", true);
  private final InMemoryLedger ledger = new InMemoryLedger();
  private final AtomicInteger runs = new AtomicInteger();

  private ProcessApprovedRequests job() {
    return ProcessApprovedRequests.builder()
        .desk(desk)
        .directory(directory)
        .ledger(ledger)
        .audit(new InMemoryAuditTrail())
        .notifier(new RecordingNotifier())
        .catalog(
            new Catalog(
                List.of(
                    accountType(OFFBOARD, Action.OFFBOARD, CredentialDelivery.ACTIVATION_EMAIL),
                    accountType(GRANT, Action.GRANT_GROUPS, CredentialDelivery.ACTIVATION_EMAIL),
                    accountType(REVOKE, Action.REVOKE_GROUPS, CredentialDelivery.ACTIVATION_EMAIL),
                    accountType(
                        RESET_TEMPORARY,
                        Action.RESET_PASSWORD,
                        CredentialDelivery.TEMPORARY_PASSWORD),
                    accountType(
                        RESET_EMAIL, Action.RESET_PASSWORD, CredentialDelivery.ACTIVATION_EMAIL),
                    accountType(UNLOCK, Action.UNLOCK, CredentialDelivery.ACTIVATION_EMAIL),
                    accountType(SUSPEND, Action.SUSPEND, CredentialDelivery.ACTIVATION_EMAIL),
                    accountType(UNSUSPEND, Action.UNSUSPEND, CredentialDelivery.ACTIVATION_EMAIL))))
        .passwords(new TemporaryPasswordGenerator(new SecureRandom()))
        .clock(clock)
        .correlationIds(() -> "run-" + runs.incrementAndGet())
        .logContext(LogContext.NONE)
        .lease(Duration.ofMinutes(10))
        .build();
  }

  @Test
  void offboard_deactivatesTheAccount_reportsWithoutCredential_andResolves() {
    directory.existing("sam@example.com", UserStatus.ACTIVE);
    desk.add(forAccount("ITS-1", OFFBOARD, "sam@example.com"), approvedBy(MANAGER));

    RunReport report = job().run();

    assertThat(report.outcomes())
        .extracting(RequestOutcome::status)
        .containsExactly(Status.PROVISIONED);
    assertThat(directory.changes()).containsExactly("deactivate sam@example.com");
    assertThat(directory.findUser("sam@example.com").orElseThrow().status())
        .isEqualTo(UserStatus.DEPROVISIONED);
    List<FakeServiceDesk.Comment> comments = desk.comments(RequestKey.of("ITS-1"));
    assertThat(comments)
        .extracting(FakeServiceDesk.Comment::visibility)
        .containsExactly(Visibility.INTERNAL, Visibility.PUBLIC);
    assertThat(comments.get(0).body())
        .contains("deactivate user sam@example.com")
        .contains("deactivated user sam@example.com");
    assertThat(comments.get(1).body())
        .isEqualTo("The account sam@example.com has been deactivated.");
    assertThat(desk.resolved()).containsExactly(RequestKey.of("ITS-1"));
  }

  @Test
  void offboard_ofAnAlreadyDeactivatedAccount_isAlreadyDone_andChangesNothing() {
    directory.existing("sam@example.com", UserStatus.DEPROVISIONED);
    desk.add(forAccount("ITS-1", OFFBOARD, "sam@example.com"), approvedBy(MANAGER));

    RunReport report = job().run();

    assertThat(report.outcomes())
        .singleElement()
        .satisfies(outcome -> assertThat(outcome.status()).isEqualTo(Status.PROVISIONED))
        .satisfies(
            outcome ->
                assertThat(outcome.actions())
                    .containsExactly("user sam@example.com was already deactivated"));
    assertThat(directory.changes()).isEmpty();
    assertThat(desk.resolved()).containsExactly(RequestKey.of("ITS-1"));
  }

  @Test
  void offboard_ofALoginNoAccountHolds_failsClearly_andLeavesTheRequestOpen() {
    desk.add(forAccount("ITS-1", OFFBOARD, "nobody@example.com"), approvedBy(MANAGER));

    RunReport report = job().run();

    assertThat(report.outcomes())
        .singleElement()
        .satisfies(outcome -> assertThat(outcome.status()).isEqualTo(Status.FAILED))
        .satisfies(
            outcome ->
                assertThat(outcome.reason())
                    .isEqualTo("there is no account with login nobody@example.com in Okta"));
    assertThat(directory.changes()).isEmpty();
    assertThat(desk.resolved()).isEmpty();
    assertThat(desk.comments(RequestKey.of("ITS-1")))
        .singleElement()
        .satisfies(comment -> assertThat(comment.visibility()).isEqualTo(Visibility.INTERNAL));
  }

  @Test
  void offboard_runTwice_changesAndCommentsOnce() {
    directory.existing("sam@example.com", UserStatus.ACTIVE);
    desk.add(forAccount("ITS-1", OFFBOARD, "sam@example.com"), approvedBy(MANAGER));
    job().run();

    job().run();

    assertThat(directory.changes()).containsExactly("deactivate sam@example.com");
    assertThat(desk.comments(RequestKey.of("ITS-1"))).hasSize(2);
  }

  @Test
  void grantGroups_addsTheAccount_reportingAnExistingMembershipAsAlreadyDone() {
    DirectoryUser sam = directory.existing("sam@example.com", UserStatus.ACTIVE);
    directory.addToGroup(sam, group("vpn-users"));
    desk.add(
        forAccount("ITS-1", GRANT, "sam@example.com", "okta-finance-ro", "vpn-users"),
        approvedBy(MANAGER));

    RunReport report = job().run();

    assertThat(report.outcomes().get(0).actions())
        .containsExactly(
            "added user sam@example.com to group okta-finance-ro",
            "user sam@example.com was already in group vpn-users");
    assertThat(directory.membersOf("okta-finance-ro")).containsExactly(sam.id());
    assertThat(desk.comments(RequestKey.of("ITS-1")).get(1).body())
        .isEqualTo(
            "The account sam@example.com is now a member of groups okta-finance-ro, vpn-users.");
    assertThat(desk.resolved()).containsExactly(RequestKey.of("ITS-1"));
  }

  @Test
  void grantGroups_refusesAGroupOutsideTheAllowList_beforeAnyDirectoryCall() {
    directory.existing("sam@example.com", UserStatus.ACTIVE);
    List<String> before = directory.changes();
    desk.add(
        forAccount("ITS-1", GRANT, "sam@example.com", "vpn-users", "domain-admins"),
        approvedBy(MANAGER));

    RunReport report = job().run();

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.INVALID);
    assertThat(report.outcomes().get(0).reason())
        .isEqualTo(
            "group 'domain-admins' is not in the allow-list of request type Account grant_groups");
    assertThat(directory.changes()).isEqualTo(before);
    assertThat(desk.resolved()).isEmpty();
  }

  @Test
  void grantGroups_withAGroupThatCannotBeUsed_changesNothing() {
    directory.existing("sam@example.com", UserStatus.ACTIVE);
    directory.group("okta-finance-ro", false);
    desk.add(
        forAccount("ITS-1", GRANT, "sam@example.com", "vpn-users", "okta-finance-ro"),
        approvedBy(MANAGER));

    RunReport report = job().run();

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(report.outcomes().get(0).reason())
        .isEqualTo(
            "group okta-finance-ro is imported from another source; its members cannot be set");
    assertThat(directory.changes()).isEmpty();
  }

  @Test
  void revokeGroups_removesTheAccount_reportingANonMemberAsAlreadyDone() {
    DirectoryUser sam = directory.existing("sam@example.com", UserStatus.ACTIVE);
    directory.addToGroup(sam, group("vpn-users"));
    desk.add(
        forAccount("ITS-1", REVOKE, "sam@example.com", "vpn-users", "okta-finance-ro"),
        approvedBy(MANAGER));

    RunReport report = job().run();

    assertThat(report.outcomes().get(0).actions())
        .containsExactly(
            "removed user sam@example.com from group vpn-users",
            "user sam@example.com was not in group okta-finance-ro");
    assertThat(directory.membersOf("vpn-users")).isEmpty();
    assertThat(desk.comments(RequestKey.of("ITS-1")).get(0).body())
        .contains("remove sam@example.com from group vpn-users");
    assertThat(desk.comments(RequestKey.of("ITS-1")).get(1).body())
        .isEqualTo(
            "The account sam@example.com is no longer a member of groups vpn-users,"
                + " okta-finance-ro.");
  }

  @Test
  void resetPassword_withTemporaryPassword_showsItPubliclyOnly() {
    DirectoryUser sam = directory.existing("sam@example.com", UserStatus.ACTIVE);
    desk.add(forAccount("ITS-1", RESET_TEMPORARY, "sam@example.com"), approvedBy(MANAGER));

    job().run();

    String password = directory.passwordOf(sam).orElseThrow().reveal();
    List<FakeServiceDesk.Comment> comments = desk.comments(RequestKey.of("ITS-1"));
    assertThat(directory.changes()).containsExactly("expire password sam@example.com");
    assertThat(comments.get(0).body())
        .contains("expired the password of user sam@example.com")
        .doesNotContain(password);
    assertThat(comments.get(1).visibility()).isEqualTo(Visibility.PUBLIC);
    assertThat(comments.get(1).body())
        .contains("The password of the Okta account sam@example.com has been reset")
        .contains("{noformat}\n" + password + "\n{noformat}");
    assertThat(desk.resolved()).containsExactly(RequestKey.of("ITS-1"));
  }

  @Test
  void resetPassword_resumedAfterTheReset_issuesANewTemporaryPassword_andShowsOnlyThatOne() {
    DirectoryUser sam = directory.existing("sam@example.com", UserStatus.ACTIVE);
    desk.add(forAccount("ITS-1", RESET_TEMPORARY, "sam@example.com"), approvedBy(MANAGER));
    desk.failCommentsWhen(comment -> comment.visibility() == Visibility.PUBLIC);
    job().run();
    String lost = directory.passwordOf(sam).orElseThrow().reveal();
    desk.failCommentsWhen(comment -> false);

    job().run();

    String shown = directory.passwordOf(sam).orElseThrow().reveal();
    assertThat(shown).isNotEqualTo(lost);
    assertThat(directory.changes())
        .containsExactly("expire password sam@example.com", "expire password sam@example.com");
    assertThat(desk.comments(RequestKey.of("ITS-1")))
        .filteredOn(comment -> comment.visibility() == Visibility.PUBLIC)
        .singleElement()
        .satisfies(comment -> assertThat(comment.body()).contains(shown).doesNotContain(lost));
    assertThat(desk.resolved()).containsExactly(RequestKey.of("ITS-1"));
  }

  @Test
  void resetPassword_byEmail_letsOktaSendTheLink_andShowsNoPassword() {
    directory.existing("sam@example.com", UserStatus.ACTIVE);
    desk.add(forAccount("ITS-1", RESET_EMAIL, "sam@example.com"), approvedBy(MANAGER));

    job().run();

    assertThat(directory.changes()).containsExactly("reset password sam@example.com");
    assertThat(desk.comments(RequestKey.of("ITS-1")).get(1).body())
        .contains("a link to set a new password")
        .doesNotContain("{noformat}");
  }

  @Test
  void resetPassword_ofASuspendedAccount_failsWithOktasReasonOnTheTicket() {
    directory.existing("sam@example.com", UserStatus.SUSPENDED);
    desk.add(forAccount("ITS-1", RESET_TEMPORARY, "sam@example.com"), approvedBy(MANAGER));

    RunReport report = job().run();

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(report.outcomes().get(0).reason())
        .startsWith("Okta refused to reset the password of user sam@example.com: ")
        .contains("SUSPENDED");
    assertThat(directory.changes()).isEmpty();
    assertThat(desk.comments(RequestKey.of("ITS-1")))
        .singleElement()
        .satisfies(comment -> assertThat(comment.visibility()).isEqualTo(Visibility.INTERNAL))
        .satisfies(comment -> assertThat(comment.body()).contains("Okta refused to reset"));
    assertThat(desk.resolved()).isEmpty();
  }

  @Test
  void unlock_suspend_andUnsuspend_changeTheStatus_andSayWhatWasDone() {
    directory.existing("lo@example.com", UserStatus.LOCKED_OUT);
    directory.existing("act@example.com", UserStatus.ACTIVE);
    directory.existing("sus@example.com", UserStatus.SUSPENDED);
    desk.add(forAccount("ITS-1", UNLOCK, "lo@example.com"), approvedBy(MANAGER));
    desk.add(forAccount("ITS-2", SUSPEND, "act@example.com"), approvedBy(MANAGER));
    desk.add(forAccount("ITS-3", UNSUSPEND, "sus@example.com"), approvedBy(MANAGER));

    job().run();

    assertThat(directory.changes())
        .containsExactly(
            "unlock lo@example.com", "suspend act@example.com", "unsuspend sus@example.com");
    assertThat(desk.comments(RequestKey.of("ITS-1")).get(1).body())
        .isEqualTo("The account lo@example.com is unlocked.");
    assertThat(desk.comments(RequestKey.of("ITS-2")).get(1).body())
        .isEqualTo("The account act@example.com has been suspended.");
    assertThat(desk.comments(RequestKey.of("ITS-3")).get(1).body())
        .isEqualTo("The account sus@example.com is no longer suspended.");
    assertThat(desk.resolved()).hasSize(3);
  }

  @Test
  void unlock_ofAnActiveAccount_isAlreadyDone() {
    directory.existing("sam@example.com", UserStatus.ACTIVE);
    desk.add(forAccount("ITS-1", UNLOCK, "sam@example.com"), approvedBy(MANAGER));

    RunReport report = job().run();

    assertThat(report.outcomes().get(0).actions())
        .containsExactly("user sam@example.com was not locked out");
    assertThat(directory.changes()).isEmpty();
  }

  @Test
  void suspend_ofADeactivatedAccount_isRefused_withTheReason() {
    directory.existing("sam@example.com", UserStatus.DEPROVISIONED);
    desk.add(forAccount("ITS-1", SUSPEND, "sam@example.com"), approvedBy(MANAGER));

    RunReport report = job().run();

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(report.outcomes().get(0).reason())
        .isEqualTo(
            "Okta refused to suspend user sam@example.com: cannot suspend an account in status"
                + " DEPROVISIONED");
  }

  private DirectoryGroup group(String name) {
    return ((GroupLookup.Found) directory.findGroup(name)).group();
  }
}
