package io.gatehouse.http.fieldcases;

import static io.gatehouse.http.fieldcases.FieldCaseWorld.DANA;
import static io.gatehouse.http.fieldcases.FieldCaseWorld.OMAR;
import static io.gatehouse.http.fieldcases.FieldCaseWorld.RIYA;
import static io.gatehouse.http.fieldcases.FieldCaseWorld.approval;
import static io.gatehouse.http.fieldcases.FieldCaseWorld.approved;
import static io.gatehouse.http.fieldcases.FieldCaseWorld.newHire;
import static io.gatehouse.http.fieldcases.FieldCaseWorld.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.engine.RequestOutcome;
import io.gatehouse.core.engine.RequestOutcome.Status;
import io.gatehouse.core.engine.RunReport;
import io.gatehouse.http.demo.DemoWorld;
import io.gatehouse.testkit.jsm.JsmApproval.Approver;
import io.gatehouse.testkit.jsm.JsmApproval.Decision;
import io.gatehouse.testkit.jsm.JsmComment;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * BC-19: several approvals with several approvers, read whole through the JSM adapter; only every
 * approval approved lets a request through, and a blocked request names what blocked it.
 */
class Bc19ApprovalsTest {
  private static final String LOGIN = "dana.kowalski@acme.example";

  private final DemoWorld world = DemoWorld.start();

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void bc19_waits_whenASecondApprovalIsPending_thoughOneOfItsApproversApproved() {
    seed(
        "ITS-201",
        DANA,
        approval("11", "Manager approval", Decision.APPROVED, approved(RIYA)),
        approval(
            "12",
            "Security approval",
            Decision.PENDING,
            approved(OMAR),
            new Approver(RIYA, Decision.PENDING)));

    RequestOutcome outcome = outcome(world.job().run(), "ITS-201");

    assertThat(outcome.status()).isEqualTo(Status.WAITING);
    assertThat(outcome.reason()).contains("'Security approval' is still pending");
    assertBlockedWithoutOkta("ITS-201", "Security approval");
  }

  @Test
  void bc19_rejects_whenAnyApprovalIsDeclined() {
    seed(
        "ITS-202",
        DANA,
        approval("11", "Manager approval", Decision.APPROVED, approved(RIYA)),
        approval(
            "12",
            "Security approval",
            Decision.DECLINED,
            approved(OMAR),
            new Approver(RIYA, Decision.DECLINED)));

    RequestOutcome outcome = outcome(world.job().run(), "ITS-202");

    assertThat(outcome.status()).isEqualTo(Status.REJECTED);
    assertThat(outcome.reason()).contains("'Security approval' was declined");
    assertBlockedWithoutOkta("ITS-202", "Security approval");
  }

  @Test
  void bc19_waits_whenATypeThatNeedsApprovalHasNone() {
    seed("ITS-203", DANA);

    RequestOutcome outcome = outcome(world.job().run(), "ITS-203");

    assertThat(outcome.status()).isEqualTo(Status.WAITING);
    assertBlockedWithoutOkta("ITS-203", "no approval");
  }

  @Test
  void bc19_rejects_whenTheOnlyApproverIsTheRequester() {
    seed("ITS-204", RIYA, approval("11", "Manager approval", Decision.APPROVED, approved(RIYA)));

    RequestOutcome outcome = outcome(world.job().run(), "ITS-204");

    assertThat(outcome.status()).isEqualTo(Status.REJECTED);
    assertThat(outcome.reason()).contains("not counted: Riya Patel (the requester)");
    assertBlockedWithoutOkta("ITS-204", "Riya Patel (the requester)");
  }

  @Test
  void bc19_readsThePendingApprovalOnPageTwo_beforeDeciding() {
    world.jsm().setMaxLimit(1);
    seed(
        "ITS-205",
        DANA,
        approval("11", "Manager approval", Decision.APPROVED, approved(RIYA)),
        approval(
            "12", "Security approval", Decision.PENDING, new Approver(OMAR, Decision.PENDING)));

    RunReport report = world.job().run();

    assertThat(outcome(report, "ITS-205").status()).isEqualTo(Status.WAITING);
    assertThat(world.jsm().recorded())
        .filteredOn(call -> call.path().endsWith("/ITS-205/approval"))
        .extracting(call -> call.queryValues("start"))
        .contains(List.of("0"), List.of("1"));
    assertBlockedWithoutOkta("ITS-205", "Security approval");
  }

  @Test
  void bc19_provisions_onlyWhenEveryApprovalIsApproved() {
    seed(
        "ITS-206",
        DANA,
        approval("11", "Manager approval", Decision.APPROVED, approved(RIYA)),
        approval(
            "12",
            "Security approval",
            Decision.APPROVED,
            approved(OMAR),
            new Approver(RIYA, Decision.PENDING)));

    RequestOutcome outcome = outcome(world.job().run(), "ITS-206");

    assertThat(outcome.status()).isEqualTo(Status.PROVISIONED);
    assertThat(world.okta().user(LOGIN)).isPresent();
  }

  private void seed(String key, String reporter, io.gatehouse.testkit.jsm.JsmApproval... steps) {
    world.jsm().addRequest(newHire(key, reporter, LOGIN).build());
    for (io.gatehouse.testkit.jsm.JsmApproval step : steps) {
      world.jsm().addApproval(key, step);
    }
  }

  private void assertBlockedWithoutOkta(String key, String namedInComment) {
    assertThat(world.okta().user(LOGIN)).isEmpty();
    assertThat(world.okta().requests("POST", "/api/v1/users")).hasSize(2);
    List<JsmComment> comments = world.jsm().comments(key);
    assertThat(comments).hasSize(1);
    assertThat(comments.get(0).isPublic()).isFalse();
    assertThat(comments.get(0).body()).contains(namedInComment);
  }
}
