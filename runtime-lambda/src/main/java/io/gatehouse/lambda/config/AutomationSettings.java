package io.gatehouse.lambda.config;

import java.util.Objects;

/**
 * What the automation (webhook) function needs: only where to hand the run off to.
 *
 * @param region the AWS region ({@code AWS_REGION}, set by Lambda)
 * @param workerFunction the provisioning function's name or ARN ({@code GATEHOUSE_WORKER_FUNCTION})
 */
public record AutomationSettings(String region, String workerFunction) {
  public AutomationSettings {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(workerFunction, "workerFunction");
  }
}
