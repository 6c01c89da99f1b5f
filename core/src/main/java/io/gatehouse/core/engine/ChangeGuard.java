package io.gatehouse.core.engine;

import io.gatehouse.core.catalog.RequestType;
import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.ledger.StepRecord;
import io.gatehouse.core.plan.ProvisioningPlan;
import io.gatehouse.core.policy.Verdict;
import io.gatehouse.core.port.Ledger;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Once the directory has been changed for a request, approvers' sign-off covers only the plan they
 * saw: a withdrawn approval or an edited request stops Gatehouse, with an alert, instead of it
 * changing more or claiming that nothing was changed. Before any change, the newest plan simply
 * replaces the kept one.
 */
final class ChangeGuard {
  /** The ledger step that keeps the fingerprint of the plan approvals led to. */
  static final String PLAN = "plan";

  /** The ledger step that keeps the id of the request type the plan was made for. */
  static final String TYPE = "request-type";

  private final Ledger ledger;
  private final Clock clock;

  ChangeGuard(Ledger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  /** The steps already done for a request, by step id, the kept plan and request type aside. */
  static List<String> changesMade(Map<String, StepRecord> recorded) {
    return recorded.values().stream()
        .filter(StepRecord::done)
        .map(StepRecord::stepId)
        .filter(id -> !id.equals(PLAN) && !id.equals(TYPE))
        .sorted()
        .toList();
  }

  /** Refuses to go on when a request changed in the directory is no longer approved. */
  void checkStillApproved(Verdict verdict, List<String> changesMade) {
    if (verdict instanceof Verdict.Approved || changesMade.isEmpty()) {
      return;
    }
    String reason =
        verdict instanceof Verdict.Waiting waiting
            ? waiting.reason()
            : ((Verdict.Rejected) verdict).reason();
    throw new StepFailure(
        "the approval changed after Gatehouse began provisioning ("
            + reason
            + "); already done: "
            + String.join(", ", changesMade)
            + ". An administrator must review the account; Gatehouse changes nothing more");
  }

  /**
   * Refuses to go on when a request changed in the directory now has another request type, whose
   * approval rule, allow-lists and stages the approvers never saw applied to it.
   */
  void checkSameType(RequestType type, StepRecord pinned, List<String> changesMade) {
    if (pinned != null && !pinned.detail().equals(type.id()) && !changesMade.isEmpty()) {
      throw new StepFailure(
          changed(
              "its request type is now "
                  + type.name()
                  + " (id "
                  + type.id()
                  + "), not the one with id "
                  + pinned.detail()));
    }
  }

  /** The reason for stopping a request changed in the directory whose type is no longer handled. */
  static String unhandledType(String typeId, List<String> changesMade) {
    return "the request type was changed to one Gatehouse does not handle (id "
        + typeId
        + ") after Gatehouse began provisioning it; already done: "
        + String.join(", ", changesMade)
        + ". An administrator must review it; Gatehouse changes nothing more";
  }

  /** Refuses to go on when a request changed in the directory now reads differently. */
  void checkUnchanged(String nowReads, List<String> changesMade) {
    if (!changesMade.isEmpty()) {
      throw new StepFailure(changed(nowReads));
    }
  }

  /** Keeps the plan an approval led to, or refuses a different one once changes were made. */
  void pin(
      ProvisioningPlan plan,
      RequestType type,
      Map<String, StepRecord> recorded,
      List<String> changesMade,
      Claim claim) {
    StepRecord pinned = recorded.get(PLAN);
    String fingerprint = Fingerprint.of(plan.describe());
    boolean same = pinned != null && pinned.detail().equals(fingerprint);
    if (pinned != null && !same && !changesMade.isEmpty()) {
      throw new StepFailure(changed("it now reads: " + plan.describe()));
    }
    if (!same) {
      ledger.done(claim, PLAN, fingerprint, clock.instant());
    }
    StepRecord pinnedType = recorded.get(TYPE);
    if (pinnedType == null || !pinnedType.detail().equals(type.id())) {
      ledger.done(claim, TYPE, type.id(), clock.instant());
    }
  }

  private static String changed(String now) {
    return "the request was changed after Gatehouse began provisioning it ("
        + now
        + "). An administrator must review it; Gatehouse changes nothing more";
  }
}
