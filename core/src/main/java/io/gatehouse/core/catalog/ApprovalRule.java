package io.gatehouse.core.catalog;

import java.util.Set;

/**
 * How a request type must be approved before Gatehouse acts on it.
 *
 * @param approvalRequired whether a request without any approval step is blocked
 * @param minimumApprovers how many distinct people, other than the requester, must have approved
 * @param allowedApprovers account ids whose approval counts
 * @param allowedApproverGroups Jira groups whose members' approval counts; when both sets are
 *     empty, anyone's approval but the requester's and the subject's counts
 */
public record ApprovalRule(
    boolean approvalRequired,
    int minimumApprovers,
    Set<String> allowedApprovers,
    Set<String> allowedApproverGroups) {

  public ApprovalRule {
    if (minimumApprovers < 0) {
      throw new IllegalArgumentException("minimumApprovers must not be negative");
    }
    if (approvalRequired && minimumApprovers < 1) {
      throw new IllegalArgumentException("an approval that is required needs at least 1 approver");
    }
    allowedApprovers = Set.copyOf(allowedApprovers);
    allowedApproverGroups = Set.copyOf(allowedApproverGroups);
  }

  public ApprovalRule(
      boolean approvalRequired, int minimumApprovers, Set<String> allowedApprovers) {
    this(approvalRequired, minimumApprovers, allowedApprovers, Set.of());
  }

  /** Whether only some people's approval counts. */
  public boolean restricted() {
    return !allowedApprovers.isEmpty() || !allowedApproverGroups.isEmpty();
  }

  /** One approval by anyone but the requester. */
  public static ApprovalRule standard() {
    return new ApprovalRule(true, 1, Set.of());
  }
}
