package io.gatehouse.core.catalog;

import java.util.Set;

/**
 * How a request type must be approved before Gatehouse acts on it.
 *
 * @param approvalRequired whether a request without any approval step is blocked
 * @param minimumApprovers how many distinct people, other than the requester, must have approved
 * @param allowedApprovers account ids whose approval counts; empty means anyone's does
 */
public record ApprovalRule(
    boolean approvalRequired, int minimumApprovers, Set<String> allowedApprovers) {

  public ApprovalRule {
    if (minimumApprovers < 0) {
      throw new IllegalArgumentException("minimumApprovers must not be negative");
    }
    if (approvalRequired && minimumApprovers < 1) {
      throw new IllegalArgumentException("an approval that is required needs at least 1 approver");
    }
    allowedApprovers = Set.copyOf(allowedApprovers);
  }

  /** One approval by anyone but the requester. */
  public static ApprovalRule standard() {
    return new ApprovalRule(true, 1, Set.of());
  }
}
