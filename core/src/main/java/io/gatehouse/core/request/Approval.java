package io.gatehouse.core.request;

import java.util.List;
import java.util.Objects;

/**
 * One approval step of a request, such as "Manager approval".
 *
 * @param id the service desk's approval id
 * @param name the step's name
 * @param finalDecision the decision of the step as a whole; the only one that says whether it
 *     passed, since a group or threshold approval can finish with some approvers still pending
 * @param approvers each approver with their own decision
 */
public record Approval(
    String id, String name, ApprovalDecision finalDecision, List<Vote> approvers) {

  public Approval {
    Objects.requireNonNull(id, "id");
    name = name == null ? "" : name;
    Objects.requireNonNull(finalDecision, "finalDecision");
    approvers = List.copyOf(approvers);
  }

  /** One approver's decision. */
  public record Vote(Person approver, ApprovalDecision decision) {
    public Vote {
      Objects.requireNonNull(approver, "approver");
      Objects.requireNonNull(decision, "decision");
    }
  }
}
