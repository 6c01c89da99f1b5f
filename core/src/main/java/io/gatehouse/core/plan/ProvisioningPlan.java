package io.gatehouse.core.plan;

import io.gatehouse.core.request.RequestKey;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** What Gatehouse will change in the directory for one approved request, in order. */
public record ProvisioningPlan(RequestKey key, String login, List<Step> steps) {

  public ProvisioningPlan {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(login, "login");
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a plan for " + key + " has no steps");
    }
  }

  /** The plan as a person would write it: "create user x; add to group a; add to group b". */
  public String describe() {
    return steps.stream().map(Step::describe).collect(Collectors.joining("; "));
  }
}
