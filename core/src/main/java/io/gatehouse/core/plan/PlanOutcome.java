package io.gatehouse.core.plan;

import java.util.List;
import java.util.Objects;

/** A plan, or the reasons why a request cannot be planned as it was filled in. */
public sealed interface PlanOutcome {

  record Ready(ProvisioningPlan plan) implements PlanOutcome {
    public Ready {
      Objects.requireNonNull(plan, "plan");
    }
  }

  /** The request's own content is wrong; each problem names the field and what is wrong. */
  record Invalid(List<String> problems) implements PlanOutcome {
    public Invalid {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("an invalid outcome needs at least one problem");
      }
    }
  }
}
