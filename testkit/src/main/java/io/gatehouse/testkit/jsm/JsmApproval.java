package io.gatehouse.testkit.jsm;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One approval step of a request as seeded.
 *
 * @param id the approval id (a string in the API)
 * @param name the step's name
 * @param finalDecision the decision of the step as a whole
 * @param approvers each approver's account id and own decision
 * @param created when the approval was created
 * @param completed when it was decided; required unless pending, ignored while pending
 */
public record JsmApproval(
    String id,
    String name,
    Decision finalDecision,
    List<Approver> approvers,
    Instant created,
    Instant completed) {

  /** An approval decision, written in lower case on the wire. */
  public enum Decision {
    APPROVED,
    DECLINED,
    PENDING;

    String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One approver and their decision. */
  public record Approver(String accountId, Decision decision) {
    public Approver {
      Objects.requireNonNull(accountId, "accountId");
      Objects.requireNonNull(decision, "decision");
    }
  }

  public JsmApproval {
    Objects.requireNonNull(id, "id");
    name = name == null ? "" : name;
    Objects.requireNonNull(finalDecision, "finalDecision");
    approvers = List.copyOf(approvers);
    Objects.requireNonNull(created, "created");
    if (finalDecision == Decision.PENDING) {
      completed = null;
    } else {
      Objects.requireNonNull(completed, "completed is required once decided");
    }
  }

  /** An approval with the given approvers, created and (unless pending) completed at {@code at}. */
  public static JsmApproval of(
      String id, String name, Decision finalDecision, Instant at, Approver... approvers) {
    return new JsmApproval(id, name, finalDecision, List.of(approvers), at, at);
  }
}
