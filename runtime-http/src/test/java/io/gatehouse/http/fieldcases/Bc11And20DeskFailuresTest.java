package io.gatehouse.http.fieldcases;

import static io.gatehouse.http.fieldcases.FieldCaseWorld.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.engine.RequestOutcome.Status;
import io.gatehouse.core.engine.RunReport;
import io.gatehouse.core.port.Alert;
import io.gatehouse.http.demo.DemoDesk;
import io.gatehouse.http.demo.DemoWorld;
import io.gatehouse.testkit.jsm.CannedResponse;
import io.gatehouse.testkit.jsm.JsmComment;
import io.gatehouse.testkit.jsm.JsmTransition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * BC-11 and BC-20 through the whole job: a desk that keeps throttling fails the run with an alert
 * and changes nothing; a resolving transition that needs a screen field leaves the request open
 * with an alert, keeps the Okta work, and the next run finishes without provisioning again.
 */
class Bc11And20DeskFailuresTest {
  private final DemoWorld world = DemoWorld.start();

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void bc11_givesUpAndAlerts_whenTheDeskKeepsAnswering429() {
    for (int i = 0; i < 4; i++) {
      world.jsm().enqueue("/rest/servicedeskapi/request", CannedResponse.tooManyRequests(0));
    }

    RunReport report = world.job().run();

    assertThat(report.failure()).contains("429");
    assertThat(world.alerts().raised())
        .extracting(Alert::detail)
        .anyMatch(detail -> detail.contains("429"));
    assertThat(world.okta().requests()).isEmpty();
    assertThat(FieldCaseWorld.writes(world.jsm())).isEmpty();
  }

  @Test
  void bc20_leavesTheRequestOpenWithAnAlert_andKeepsTheOktaWork_whenTheScreenNeedsAField() {
    world
        .jsm()
        .setTransitions(
            DemoDesk.OPEN,
            new JsmTransition("31", DemoDesk.RESOLVE, DemoDesk.RESOLVED).requiring("resolution"));

    RunReport first = world.job().run();

    assertThat(outcome(first, "ITS-101").status()).isEqualTo(Status.FAILED);
    assertThat(outcome(first, "ITS-101").reason()).contains("resolution");
    assertThat(world.jsm().status("ITS-101")).isEqualTo(DemoDesk.OPEN);
    assertThat(world.okta().user("sam.ortiz@acme.example")).isPresent();
    assertThat(world.alerts().raised())
        .extracting(Alert::detail)
        .anyMatch(detail -> detail.contains("resolution"));
    assertThat(world.jsm().recorded())
        .noneMatch(call -> call.method().equals("POST") && call.path().endsWith("/transitions"));
    assertThat(world.jsm().comments("ITS-101"))
        .filteredOn(JsmComment::isPublic)
        .noneMatch(comment -> comment.body().contains("resolution"));

    world
        .jsm()
        .setTransitions(
            DemoDesk.OPEN, new JsmTransition("31", DemoDesk.RESOLVE, DemoDesk.RESOLVED));
    RunReport second = world.job().run();

    assertThat(world.jsm().status("ITS-101")).isEqualTo(DemoDesk.RESOLVED);
    assertThat(outcome(second, "ITS-101").status()).isEqualTo(Status.PROVISIONED);
    assertThat(world.okta().requests("POST", "/api/v1/users")).hasSize(2);
  }
}
