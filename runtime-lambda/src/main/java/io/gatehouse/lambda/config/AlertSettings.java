package io.gatehouse.lambda.config;

import java.util.Objects;

/**
 * What the alert function needs.
 *
 * @param region the AWS region ({@code AWS_REGION})
 * @param secretId the secret whose field {@code slackWebhookUrl} names the Slack webhook ({@code
 *     GATEHOUSE_SECRET_ID})
 */
public record AlertSettings(String region, String secretId) {
  public AlertSettings {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(secretId, "secretId");
  }
}
