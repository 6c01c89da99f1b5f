package io.gatehouse.core.policy;

import io.gatehouse.core.catalog.ApprovalRule;
import io.gatehouse.core.request.Approval;
import io.gatehouse.core.request.ApprovalDecision;
import io.gatehouse.core.request.Person;
import io.gatehouse.core.request.ServiceRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judges a request's approvals the way a security team signs off: every approval step must have
 * finished approved, and enough distinct eligible people must have approved. The requester never
 * counts as an approver of their own request.
 */
public final class ApprovalPolicy {
  private final Function<Person, Set<String>> groupsOf;

  /** A policy for rules that name approvers by account only. */
  public ApprovalPolicy() {
    this(person -> Set.of());
  }

  /**
   * @param groupsOf the groups a person belongs to, asked only for rules that accept the members of
   *     some groups, and only for approvers not already accepted by their account
   */
  public ApprovalPolicy(Function<Person, Set<String>> groupsOf) {
    this.groupsOf = groupsOf;
  }

  /**
   * Decides whether a request may be provisioned.
   *
   * @param request the request, for its reporter
   * @param approvals every approval step of the request, all pages read
   * @param rule the request type's rule
   */
  public Verdict judge(ServiceRequest request, List<Approval> approvals, ApprovalRule rule) {
    return judge(request, approvals, rule, Set.of());
  }

  /**
   * Decides whether a request may be provisioned, not counting the approval of the person the
   * request is for either.
   *
   * @param subjectEmails the e-mail addresses or logins of the person the request is for, as the
   *     request names them; an approver whose visible e-mail address is one of them does not count
   */
  public Verdict judge(
      ServiceRequest request,
      List<Approval> approvals,
      ApprovalRule rule,
      Set<String> subjectEmails) {
    if (approvals.isEmpty()) {
      return rule.approvalRequired()
          ? new Verdict.Waiting("no approval has been requested on this request")
          : new Verdict.Approved(List.of());
    }

    for (Approval approval : approvals) {
      if (approval.finalDecision() == ApprovalDecision.DECLINED) {
        return new Verdict.Rejected(
            "approval '"
                + approval.name()
                + "' was declined"
                + by(approval, ApprovalDecision.DECLINED));
      }
    }
    for (Approval approval : approvals) {
      if (approval.finalDecision() == ApprovalDecision.PENDING) {
        return new Verdict.Waiting(
            "approval '" + approval.name() + "' is still pending" + waitingFor(approval));
      }
    }

    List<Person> eligible = eligibleApprovers(request, approvals, rule, subjectEmails);
    if (eligible.size() < rule.minimumApprovers()) {
      return new Verdict.Rejected(
          "approved by "
              + eligible.size()
              + " eligible approver(s) where "
              + rule.minimumApprovers()
              + " are required; the requester's own approval, that of the person the request is for"
              + (rule.restricted() ? " and approvals by people not allowed" : "")
              + " do not count");
    }
    return new Verdict.Approved(eligible);
  }

  private List<Person> eligibleApprovers(
      ServiceRequest request, List<Approval> approvals, ApprovalRule rule, Set<String> subjects) {
    String requester = request.reporter().accountId();
    Set<String> subjectEmails =
        subjects.stream().map(email -> email.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    Map<String, Person> distinct = new LinkedHashMap<>();
    approvals.stream()
        .flatMap(approval -> approval.approvers().stream())
        .filter(vote -> vote.decision() == ApprovalDecision.APPROVED)
        .map(Approval.Vote::approver)
        .filter(person -> !person.accountId().equals(requester))
        .filter(
            person ->
                person
                    .email()
                    .map(email -> !subjectEmails.contains(email.toLowerCase(Locale.ROOT)))
                    .orElse(true))
        .filter(person -> allowed(person, rule))
        .forEach(person -> distinct.putIfAbsent(person.accountId(), person));
    return List.copyOf(distinct.values());
  }

  private boolean allowed(Person person, ApprovalRule rule) {
    if (!rule.restricted() || rule.allowedApprovers().contains(person.accountId())) {
      return true;
    }
    if (rule.allowedApproverGroups().isEmpty()) {
      return false;
    }
    return groupsOf.apply(person).stream().anyMatch(rule.allowedApproverGroups()::contains);
  }

  private static String by(Approval approval, ApprovalDecision decision) {
    String names =
        approval.approvers().stream()
            .filter(vote -> vote.decision() == decision)
            .map(vote -> vote.approver().displayName())
            .collect(Collectors.joining(", "));
    return names.isEmpty() ? "" : " by " + names;
  }

  private static String waitingFor(Approval approval) {
    String names =
        approval.approvers().stream()
            .filter(vote -> vote.decision() == ApprovalDecision.PENDING)
            .map(vote -> vote.approver().displayName())
            .collect(Collectors.joining(", "));
    return names.isEmpty() ? "" : " (waiting for " + names + ")";
  }
}
