package io.gatehouse.core.infra;

import io.gatehouse.core.request.RequestKey;
import java.util.Objects;

/**
 * A change to infrastructure to run for one request, such as applying a Terraform plan.
 *
 * @param requestKey the request it is for
 * @param correlationId the run that starts it, also shown on the ticket and in the log
 * @param plan what to run, as the runner's task reads it; never a secret
 */
public record InfrastructureJob(RequestKey requestKey, String correlationId, String plan) {
  public InfrastructureJob {
    Objects.requireNonNull(requestKey, "requestKey");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(plan, "plan");
    if (plan.isBlank()) {
      throw new IllegalArgumentException("the infrastructure job for " + requestKey + " is empty");
    }
  }
}
