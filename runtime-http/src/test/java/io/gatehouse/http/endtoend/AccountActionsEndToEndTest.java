package io.gatehouse.http.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.engine.RequestOutcome;
import io.gatehouse.core.engine.RequestOutcome.Status;
import io.gatehouse.core.engine.RunReport;
import io.gatehouse.http.demo.DemoDesk;
import io.gatehouse.http.demo.DemoWorld;
import io.gatehouse.testkit.jsm.JsmComment;
import io.gatehouse.testkit.okta.OktaUserStatus;
import io.gatehouse.testkit.okta.UserView;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests that change existing accounts, from the configuration file through the real Jira and
 * Okta adapters to both simulators and back.
 */
class AccountActionsEndToEndTest {
  private static final Pattern PASSWORD =
      Pattern.compile("\\{noformat}\\n([^\\n]+)\\n\\{noformat}");

  private DemoWorld world;

  @BeforeEach
  void start() {
    world = DemoWorld.start();
    DemoDesk.addAccountRequests(world.jsm(), world.okta());
  }

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void offboard_deactivatesTheNamedAccount_neverDeletesIt_andResolvesWithoutCredential() {
    RunReport report = world.job().run();

    assertThat(outcome(report, DemoDesk.OFFBOARD).status()).isEqualTo(Status.PROVISIONED);
    assertThat(user(DemoDesk.LEAVER_LOGIN).status()).isEqualTo(OktaUserStatus.DEPROVISIONED);
    assertThat(world.okta().requests())
        .filteredOn(
            call -> call.method().equals("DELETE") && call.path().startsWith("/api/v1/users"))
        .isEmpty();
    assertThat(world.jsm().status(DemoDesk.OFFBOARD)).isEqualTo(DemoDesk.RESOLVED);
    List<JsmComment> comments = world.jsm().comments(DemoDesk.OFFBOARD);
    assertThat(comments).extracting(JsmComment::isPublic).containsExactly(false, true);
    assertThat(comments.get(0).body()).contains("deactivated user " + DemoDesk.LEAVER_LOGIN);
    assertThat(comments.get(1).body())
        .isEqualTo("The account " + DemoDesk.LEAVER_LOGIN + " has been deactivated.");
  }

  @Test
  void grantAndRevokeGroups_changeTheNamedAccountsMemberships_throughTheRealAdapters() {
    RunReport report = world.job().run();

    assertThat(outcome(report, DemoDesk.GRANT).status()).isEqualTo(Status.PROVISIONED);
    assertThat(outcome(report, DemoDesk.REVOKE).status()).isEqualTo(Status.PROVISIONED);
    assertThat(user(DemoDesk.MEMBER_LOGIN).groupNames())
        .containsExactlyInAnyOrder("okta-finance-ro", "vpn-users");
    assertThat(world.jsm().comments(DemoDesk.GRANT).get(1).body())
        .isEqualTo(
            "The account "
                + DemoDesk.MEMBER_LOGIN
                + " is now a member of groups okta-finance-ro, vpn-users.");
    assertThat(world.jsm().comments(DemoDesk.REVOKE).get(1).body())
        .isEqualTo(
            "The account "
                + DemoDesk.MEMBER_LOGIN
                + " is no longer a member of group "
                + DemoDesk.CONTRACTORS
                + ".");
    assertThat(world.jsm().status(DemoDesk.GRANT)).isEqualTo(DemoDesk.RESOLVED);
    assertThat(world.jsm().status(DemoDesk.REVOKE)).isEqualTo(DemoDesk.RESOLVED);
  }

  @Test
  void resetUnlockSuspendAndUnsuspend_changeEachStatus_throughTheRealAdapters() {
    RunReport report = world.job().run();

    for (String key :
        List.of(DemoDesk.RESET, DemoDesk.UNLOCK, DemoDesk.SUSPEND, DemoDesk.UNSUSPEND)) {
      assertThat(outcome(report, key).status()).as(key).isEqualTo(Status.PROVISIONED);
      assertThat(world.jsm().status(key)).as(key).isEqualTo(DemoDesk.RESOLVED);
    }
    List<String> logins = DemoDesk.STATUS_LOGINS;
    assertThat(user(logins.get(0)).status()).isEqualTo(OktaUserStatus.PASSWORD_EXPIRED);
    assertThat(user(logins.get(1)).status()).isEqualTo(OktaUserStatus.ACTIVE);
    assertThat(user(logins.get(2)).status()).isEqualTo(OktaUserStatus.SUSPENDED);
    assertThat(user(logins.get(3)).status()).isEqualTo(OktaUserStatus.ACTIVE);
    List<JsmComment> reset = world.jsm().comments(DemoDesk.RESET);
    Matcher password = PASSWORD.matcher(reset.get(1).body());
    assertThat(password.find()).as("a temporary password in the public comment").isTrue();
    assertThat(reset.get(1).isPublic()).isTrue();
    assertThat(reset.get(0).body()).doesNotContain(password.group(1));
  }

  @Test
  void resetPassword_withActivationEmail_letsOktaSendTheLink_andShowsNoPassword() {
    world.close();
    world = DemoWorld.start(new DemoWorld.Setup(false, "activation-email"));
    DemoDesk.addAccountRequests(world.jsm(), world.okta());

    RunReport report = world.job().run();

    assertThat(outcome(report, DemoDesk.RESET).status()).isEqualTo(Status.PROVISIONED);
    assertThat(user(DemoDesk.STATUS_LOGINS.get(0)).status()).isEqualTo(OktaUserStatus.RECOVERY);
    assertThat(world.jsm().comments(DemoDesk.RESET).get(1).body())
        .contains("a link to set a new password")
        .doesNotContain("{noformat}");
  }

  @Test
  void run_again_changesNothingInOkta() {
    world.job().run();
    world.okta().clearRequests();

    RunReport second = world.job().run();

    assertThat(second.outcomes())
        .extracting(o -> o.key().value())
        .doesNotContain(
            DemoDesk.OFFBOARD,
            DemoDesk.GRANT,
            DemoDesk.REVOKE,
            DemoDesk.RESET,
            DemoDesk.UNLOCK,
            DemoDesk.SUSPEND,
            DemoDesk.UNSUSPEND);
    assertThat(world.okta().requests())
        .filteredOn(call -> call.method().equals("POST") && call.path().startsWith("/api/"))
        .isEmpty();
    assertThat(world.jsm().comments(DemoDesk.OFFBOARD)).hasSize(2);
  }

  private UserView user(String login) {
    return world.okta().user(login).orElseThrow(() -> new AssertionError("no user " + login));
  }

  private static RequestOutcome outcome(RunReport report, String key) {
    return report.outcomes().stream()
        .filter(outcome -> outcome.key().value().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no outcome for " + key));
  }
}
