package io.gatehouse.core.policy;

import io.gatehouse.core.catalog.ApprovalRule;
import io.gatehouse.core.request.Approval;
import io.gatehouse.core.request.ApprovalDecision;
import io.gatehouse.core.request.Person;
import io.gatehouse.core.request.ServiceRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judges a request's approvals the way a security team signs off: every approval step must have
 * finished approved, and enough distinct eligible people must have approved. The requester never
 * counts as an approver of their own request.
 */
public final class ApprovalPolicy {
  /** People named in one reason; a longer list ends with how many more there are. */
  private static final int MAX_NAMES = 10;

  /** Characters of one name shown in a reason; a longer name is cut. */
  private static final int MAX_NAME = 80;

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

    Map<String, Person> eligible = new LinkedHashMap<>();
    // By account, not by name: two people may share a name, and one person may approve twice.
    Map<String, String> notCounted = new LinkedHashMap<>();
    for (Person approver : approvedBy(approvals)) {
      Optional<String> why = whyNotCounted(approver, request, rule, lowerCase(subjectEmails));
      if (why.isPresent()) {
        notCounted.putIfAbsent(approver.accountId(), named(approver) + " (" + why.get() + ")");
      } else {
        eligible.putIfAbsent(approver.accountId(), approver);
      }
    }
    if (eligible.size() < rule.minimumApprovers()) {
      String reasons = listed(List.copyOf(notCounted.values()));
      return new Verdict.Rejected(
          "approved by "
              + eligible.size()
              + (eligible.size() == 1 ? " eligible approver where " : " eligible approvers where ")
              + rule.minimumApprovers()
              + (rule.minimumApprovers() == 1 ? " is required" : " are required")
              + (reasons.isEmpty() ? "" : "; not counted: " + reasons));
    }
    return new Verdict.Approved(List.copyOf(eligible.values()));
  }

  private static List<Person> approvedBy(List<Approval> approvals) {
    return approvals.stream()
        .flatMap(approval -> approval.approvers().stream())
        .filter(vote -> vote.decision() == ApprovalDecision.APPROVED)
        .map(Approval.Vote::approver)
        .toList();
  }

  private Optional<String> whyNotCounted(
      Person approver, ServiceRequest request, ApprovalRule rule, Set<String> subjectEmails) {
    if (approver.accountId().equals(request.reporter().accountId())) {
      return Optional.of("the requester");
    }
    boolean isSubject =
        approver.email().map(email -> subjectEmails.contains(lowerCase(email))).orElse(false);
    if (isSubject) {
      return Optional.of("the person the request is for");
    }
    if (!allowed(approver, rule)) {
      return Optional.of("not an allowed approver; approvers must be " + allowedOnes(rule));
    }
    return Optional.empty();
  }

  private static String allowedOnes(ApprovalRule rule) {
    List<String> kinds = new ArrayList<>();
    if (!rule.allowedApproverGroups().isEmpty()) {
      kinds.add("members of " + String.join(", ", new TreeSet<>(rule.allowedApproverGroups())));
    }
    if (!rule.allowedApprovers().isEmpty()) {
      kinds.add("one of the accounts the request type lists");
    }
    return String.join(" or ", kinds);
  }

  private static Set<String> lowerCase(Set<String> emails) {
    return emails.stream().map(ApprovalPolicy::lowerCase).collect(Collectors.toSet());
  }

  private static String lowerCase(String text) {
    return text.toLowerCase(Locale.ROOT);
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
    String names = names(approval, decision);
    return names.isEmpty() ? "" : " by " + names;
  }

  private static String waitingFor(Approval approval) {
    String names = names(approval, ApprovalDecision.PENDING);
    return names.isEmpty() ? "" : " (waiting for " + names + ")";
  }

  private static String names(Approval approval, ApprovalDecision decision) {
    Map<String, String> names = new LinkedHashMap<>();
    approval.approvers().stream()
        .filter(vote -> vote.decision() == decision)
        .forEach(vote -> names.putIfAbsent(vote.approver().accountId(), named(vote.approver())));
    return listed(List.copyOf(names.values()));
  }

  /**
   * A person as a reason names them: their display name on one line, without control or invisible
   * characters, cut to {@value #MAX_NAME} characters; the account id when the name is blank. A
   * display name is whatever its owner typed, and the reason reaches comments, logs and terminals.
   */
  private static String named(Person person) {
    String name = oneLine(person.displayName());
    if (name.isEmpty()) {
      name = oneLine(person.accountId());
    }
    if (name.codePointCount(0, name.length()) > MAX_NAME) {
      name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME)) + "…";
    }
    return name;
  }

  private static String oneLine(String text) {
    StringBuilder line = new StringBuilder(text.length());
    text.codePoints()
        .map(
            c ->
                Character.getType(c) == Character.CONTROL
                        || Character.getType(c) == Character.FORMAT
                    ? ' '
                    : c)
        .forEach(line::appendCodePoint);
    return line.toString().replaceAll("\\s+", " ").strip();
  }

  /** The first {@value #MAX_NAMES} items, and how many more there are. */
  private static String listed(List<String> items) {
    if (items.size() <= MAX_NAMES) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, MAX_NAMES))
        + " and "
        + (items.size() - MAX_NAMES)
        + " more";
  }
}
