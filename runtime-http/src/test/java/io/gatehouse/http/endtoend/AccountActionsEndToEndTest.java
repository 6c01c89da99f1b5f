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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests that change existing accounts, from the configuration file through the real Jira and
 * Okta adapters to both simulators and back.
 */
class AccountActionsEndToEndTest {
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
  void run_again_changesNothingInOkta() {
    world.job().run();
    world.okta().clearRequests();

    RunReport second = world.job().run();

    assertThat(second.outcomes())
        .extracting(o -> o.key().value())
        .doesNotContain(DemoDesk.OFFBOARD, DemoDesk.GRANT, DemoDesk.REVOKE);
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
