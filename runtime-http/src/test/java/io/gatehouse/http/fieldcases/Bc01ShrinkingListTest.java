package io.gatehouse.http.fieldcases;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.engine.RequestOutcome;
import io.gatehouse.core.engine.RequestOutcome.Status;
import io.gatehouse.core.engine.RunReport;
import io.gatehouse.http.demo.DemoDesk;
import io.gatehouse.http.demo.DemoWorld;
import io.gatehouse.testkit.jsm.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * BC-01: the open list is paged by offset and ordered by latest activity, and Gatehouse's own
 * comments and transitions reorder and shrink it; reading it whole first handles each request once.
 */
class Bc01ShrinkingListTest {
  private final DemoWorld world = DemoWorld.start();

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void bc01_processesEveryRequestOnce_whileTheListShrinksUnderIt() {
    DemoDesk.addApprovedNewHire(world.jsm(), "ITS-106", "ana.ruiz@acme.example", "Ana", "Ruiz");
    DemoDesk.addApprovedNewHire(world.jsm(), "ITS-107", "ben.ode@acme.example", "Ben", "Ode");
    DemoDesk.addApprovedNewHire(world.jsm(), "ITS-108", "cy.tan@acme.example", "Cy", "Tan");
    world.jsm().setMaxLimit(2);

    RunReport report = world.job().run();

    List<String> provisioned =
        report.outcomes().stream()
            .filter(outcome -> outcome.status() == Status.PROVISIONED)
            .map(outcome -> outcome.key().value())
            .toList();
    assertThat(provisioned)
        .containsExactlyInAnyOrder("ITS-101", "ITS-102", "ITS-106", "ITS-107", "ITS-108");
    assertThat(report.outcomes()).extracting(RequestOutcome::key).doesNotHaveDuplicates();
    assertThat(world.okta().requests("POST", "/api/v1/users")).hasSize(5);
    assertThat(world.jsm().recorded())
        .filteredOn(call -> call.method().equals("POST") && call.path().endsWith("/transitions"))
        .hasSize(5);
    assertListReadBeforeAnyWrite(world.jsm().recorded());
  }

  @Test
  void bc01_findsNothingToDo_onTheNextRun_afterTheListShrank() {
    world.jsm().setMaxLimit(2);
    world.job().run();
    world.jsm().clearRecorded();

    RunReport again = world.job().run();

    assertThat(again.outcomes())
        .extracting(RequestOutcome::status)
        .doesNotContain(Status.PROVISIONED, Status.FAILED);
    assertThat(world.jsm().recorded()).allMatch(call -> call.method().equals("GET"));
  }

  private static void assertListReadBeforeAnyWrite(List<RecordedRequest> calls) {
    int lastListRead = -1;
    int firstWrite = Integer.MAX_VALUE;
    for (int i = 0; i < calls.size(); i++) {
      RecordedRequest call = calls.get(i);
      if (call.method().equals("GET") && call.path().equals("/rest/servicedeskapi/request")) {
        lastListRead = i;
      }
      if (!call.method().equals("GET")) {
        firstWrite = Math.min(firstWrite, i);
      }
    }
    assertThat(lastListRead).isLessThan(firstWrite);
  }
}
