package io.gatehouse.core.policy;

import static io.gatehouse.core.fakes.Requests.MANAGER;
import static io.gatehouse.core.fakes.Requests.REQUESTER;
import static io.gatehouse.core.fakes.Requests.approvedBy;
import static io.gatehouse.core.fakes.Requests.declined;
import static io.gatehouse.core.fakes.Requests.newHire;
import static io.gatehouse.core.fakes.Requests.pending;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.catalog.ApprovalRule;
import io.gatehouse.core.request.Approval;
import io.gatehouse.core.request.ApprovalDecision;
import io.gatehouse.core.request.Person;
import io.gatehouse.core.request.ServiceRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApprovalPolicyTest {
  private final ApprovalPolicy policy = new ApprovalPolicy();
  private final ServiceRequest request = newHire("ITS-1", "sam@example.com");

  @Test
  void judge_approves_whenEveryStepIsApprovedByAnotherPerson() {
    Verdict verdict = policy.judge(request, List.of(approvedBy(MANAGER)), ApprovalRule.standard());

    assertThat(verdict).isEqualTo(new Verdict.Approved(List.of(MANAGER)));
  }

  @Test
  void judge_waits_whileAnyStepIsPending() {
    Verdict verdict =
        policy.judge(
            request,
            List.of(approvedBy(MANAGER), pending(Person.of("acc-sec", "Sec Ops"))),
            ApprovalRule.standard());

    assertThat(verdict).isInstanceOf(Verdict.Waiting.class);
    assertThat(((Verdict.Waiting) verdict).reason()).contains("pending").contains("Sec Ops");
  }

  @Test
  void judge_rejects_whenAnyStepIsDeclined() {
    Verdict verdict =
        policy.judge(
            request, List.of(approvedBy(MANAGER), declined(MANAGER)), ApprovalRule.standard());

    assertThat(verdict).isInstanceOf(Verdict.Rejected.class);
    assertThat(((Verdict.Rejected) verdict).reason()).contains("declined");
  }

  @Test
  void judge_waits_whenNoApprovalExists_andTheTypeRequiresOne() {
    assertThat(policy.judge(request, List.of(), ApprovalRule.standard()))
        .isInstanceOf(Verdict.Waiting.class);
  }

  @Test
  void judge_approves_withoutApprovals_whenTheTypeIsApprovalFree() {
    assertThat(policy.judge(request, List.of(), new ApprovalRule(false, 0, Set.of())))
        .isEqualTo(new Verdict.Approved(List.of()));
  }

  @Test
  void judge_rejects_whenRequesterApprovedOwnRequest() {
    Verdict verdict =
        policy.judge(request, List.of(approvedBy(REQUESTER)), ApprovalRule.standard());

    assertThat(verdict).isInstanceOf(Verdict.Rejected.class);
    assertThat(((Verdict.Rejected) verdict).reason()).contains("requester");
  }

  @Test
  void judge_rejects_whenThePersonTheRequestIsForApprovedIt() {
    Person subject = new Person("acc-sam", "Sam Ortiz", "Sam.Ortiz@example.com");

    Verdict verdict =
        policy.judge(
            request,
            List.of(approvedBy(subject)),
            ApprovalRule.standard(),
            Set.of("sam.ortiz@example.com"));

    assertThat(verdict).isInstanceOf(Verdict.Rejected.class);
    assertThat(((Verdict.Rejected) verdict).reason()).contains("the person the request is for");
  }

  @Test
  void judge_countsMembersOfAnAllowedGroup_andNoOneElse() {
    ApprovalPolicy byGroup =
        new ApprovalPolicy(
            person -> person.equals(MANAGER) ? Set.of("it-approvers") : Set.of("staff"));
    ApprovalRule itApprovers = new ApprovalRule(true, 1, Set.of(), Set.of("it-approvers"));

    assertThat(byGroup.judge(request, List.of(approvedBy(MANAGER)), itApprovers))
        .isEqualTo(new Verdict.Approved(List.of(MANAGER)));
    assertThat(byGroup.judge(request, List.of(approvedBy(Person.of("acc-2", "Kim"))), itApprovers))
        .isInstanceOf(Verdict.Rejected.class);
  }

  @Test
  void judge_saysWhoWasNotCounted_andWhy() {
    ApprovalPolicy byGroup = new ApprovalPolicy(person -> Set.of("staff"));
    ApprovalRule rule = new ApprovalRule(true, 1, Set.of("acc-sec"), Set.of("it-approvers"));

    Verdict verdict =
        byGroup.judge(
            request,
            List.of(approvedBy(REQUESTER), approvedBy(Person.of("acc-2", "Kim Lee"))),
            rule);

    assertThat(verdict)
        .isEqualTo(
            new Verdict.Rejected(
                "approved by 0 eligible approvers where 1 is required; not counted: "
                    + REQUESTER.displayName()
                    + " (the requester), Kim Lee (not an allowed approver; approvers must be"
                    + " members of it-approvers or one of the accounts the request type lists)"));
  }

  @Test
  void judge_namesEachPersonNotCounted_evenTwoWithTheSameName_andEachOnlyOnce() {
    ApprovalRule onlySecurity = new ApprovalRule(true, 1, Set.of("acc-sec"));
    Person kim = Person.of("acc-2", "Kim Lee");

    Verdict verdict =
        policy.judge(
            request,
            List.of(approvedBy(kim, Person.of("acc-3", "Kim Lee")), approvedBy(kim)),
            onlySecurity);

    assertThat(((Verdict.Rejected) verdict).reason())
        .endsWith(
            "not counted: Kim Lee (not an allowed approver; approvers must be one of the accounts"
                + " the request type lists), Kim Lee (not an allowed approver; approvers must be"
                + " one of the accounts the request type lists)");
  }

  @Test
  void judge_namesPeopleBriefly_asOneLineOfText_howeverTheirNamesAreWritten() {
    ApprovalRule onlySecurity = new ApprovalRule(true, 1, Set.of("acc-sec"));
    List<Person> voters = new ArrayList<>();
    voters.add(Person.of("acc-long", "L".repeat(5_000)));
    voters.add(Person.of("acc-ctl", "Eve\n\u001b[31mred\u202e\u200b"));
    voters.add(Person.of("acc-blank", " "));
    for (int i = 0; i < 40; i++) {
      voters.add(Person.of("acc-" + i, "Approver " + i));
    }

    String rejected =
        ((Verdict.Rejected)
                policy.judge(
                    request, List.of(approvedBy(voters.toArray(Person[]::new))), onlySecurity))
            .reason();
    String waiting =
        ((Verdict.Waiting)
                policy.judge(request, List.of(pendingFor(voters)), ApprovalRule.standard()))
            .reason();
    String declined =
        ((Verdict.Rejected)
                policy.judge(request, List.of(declinedBy(voters)), ApprovalRule.standard()))
            .reason();

    for (String reason : List.of(rejected, waiting, declined)) {
      assertThat(reason)
          .hasSizeLessThan(2_500)
          .doesNotContain("L".repeat(200))
          .contains("Eve [31mred")
          .contains("acc-blank")
          .contains("and 33 more")
          .doesNotContainPattern("[\\p{Cc}\\p{Cf}]");
    }
  }

  @Test
  void judge_countsDistinctPeople_acrossSteps() {
    ApprovalRule twoPeople = new ApprovalRule(true, 2, Set.of());
    List<Approval> sameManagerTwice = List.of(approvedBy(MANAGER), approvedBy(MANAGER));

    assertThat(policy.judge(request, sameManagerTwice, twoPeople))
        .isInstanceOf(Verdict.Rejected.class);
    assertThat(
            policy.judge(
                request,
                List.of(approvedBy(MANAGER), approvedBy(Person.of("acc-2", "Kim"))),
                twoPeople))
        .isInstanceOf(Verdict.Approved.class);
  }

  @Test
  void judge_ignoresApproversOutsideTheAllowedList() {
    ApprovalRule onlySecurity = new ApprovalRule(true, 1, Set.of("acc-sec"));

    assertThat(policy.judge(request, List.of(approvedBy(MANAGER)), onlySecurity))
        .isInstanceOf(Verdict.Rejected.class);
  }

  @Test
  void judge_followsTheFinalDecision_notIndividualVotes() {
    Approval groupApproval =
        new Approval(
            "60",
            "Team approval",
            ApprovalDecision.APPROVED,
            List.of(
                new Approval.Vote(MANAGER, ApprovalDecision.APPROVED),
                new Approval.Vote(Person.of("acc-3", "Lee"), ApprovalDecision.PENDING)));

    assertThat(policy.judge(request, List.of(groupApproval), ApprovalRule.standard()))
        .isEqualTo(new Verdict.Approved(List.of(MANAGER)));
  }

  private static Approval pendingFor(List<Person> voters) {
    return new Approval(
        "61",
        "Team approval",
        ApprovalDecision.PENDING,
        voters.stream().map(p -> new Approval.Vote(p, ApprovalDecision.PENDING)).toList());
  }

  private static Approval declinedBy(List<Person> voters) {
    return new Approval(
        "62",
        "Team approval",
        ApprovalDecision.DECLINED,
        voters.stream().map(p -> new Approval.Vote(p, ApprovalDecision.DECLINED)).toList());
  }
}
