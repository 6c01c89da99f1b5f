package io.gatehouse.core.engine;

import io.gatehouse.core.request.RequestKey;
import java.util.List;
import java.util.Objects;

/**
 * What Gatehouse would do for one request, without doing it.
 *
 * @param key the request
 * @param requestType the request type's name, or its id when Gatehouse does not handle it
 * @param decision the approval policy's verdict, in a sentence
 * @param steps the plan, step by step as a person would write it; empty when there is none
 * @param problems what is wrong with the request as filled in; empty when nothing is
 */
public record PlanPreview(
    RequestKey key,
    String requestType,
    String decision,
    List<String> steps,
    List<String> problems) {
  public PlanPreview {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(requestType, "requestType");
    Objects.requireNonNull(decision, "decision");
    steps = List.copyOf(steps);
    problems = List.copyOf(problems);
  }
}
