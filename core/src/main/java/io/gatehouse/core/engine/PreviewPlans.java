package io.gatehouse.core.engine;

import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.core.catalog.RequestType;
import io.gatehouse.core.plan.PlanOutcome;
import io.gatehouse.core.plan.Planner;
import io.gatehouse.core.plan.Step;
import io.gatehouse.core.policy.ApprovalPolicy;
import io.gatehouse.core.policy.Verdict;
import io.gatehouse.core.port.ServiceDesk;
import io.gatehouse.core.request.Person;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.core.request.ServiceRequest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Shows what the main job would decide and plan, for one request or for every open one, and changes
 * nothing: it only reads the service desk, never the directory, the ledger or a comment.
 */
public final class PreviewPlans {
  private final ServiceDesk desk;
  private final Catalog catalog;
  private final ApprovalPolicy policy;
  private final Planner planner = new Planner();

  public PreviewPlans(ServiceDesk desk, Catalog catalog) {
    this.desk = desk;
    this.catalog = catalog;
    this.policy = new ApprovalPolicy(desk::groupsOf);
  }

  /** The preview of one request; empty when the desk does not show it. */
  public Optional<PlanPreview> of(RequestKey key) {
    return desk.request(key).map(this::preview);
  }

  /** The previews of every open request, in the desk's order. */
  public List<PlanPreview> ofOpenRequests() {
    return desk.openRequests().stream().map(this::preview).toList();
  }

  private PlanPreview preview(ServiceRequest request) {
    Optional<RequestType> type = catalog.find(request.requestTypeId());
    if (type.isEmpty()) {
      return new PlanPreview(
          request.key(),
          request.requestTypeId(),
          "not a request type Gatehouse handles",
          List.of(),
          List.of());
    }

    Verdict verdict = policy.judge(request, desk.approvals(request.key()), type.get().approval());
    PlanOutcome planned = planner.plan(request, type.get());
    List<String> steps =
        planned instanceof PlanOutcome.Ready ready
            ? ready.plan().steps().stream().map(Step::describe).toList()
            : List.of();
    List<String> problems =
        planned instanceof PlanOutcome.Invalid invalid ? invalid.problems() : List.of();
    return new PlanPreview(request.key(), type.get().name(), decision(verdict), steps, problems);
  }

  private static String decision(Verdict verdict) {
    if (verdict instanceof Verdict.Approved approved) {
      return approved.approvers().isEmpty()
          ? "approved (no approval required)"
          : "approved by "
              + approved.approvers().stream()
                  .map(Person::displayName)
                  .collect(Collectors.joining(", "));
    }
    return verdict instanceof Verdict.Waiting waiting
        ? "waiting: " + waiting.reason()
        : "rejected: " + ((Verdict.Rejected) verdict).reason();
  }
}
