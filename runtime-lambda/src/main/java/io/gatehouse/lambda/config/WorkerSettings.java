package io.gatehouse.lambda.config;

import java.util.Objects;

/**
 * What the provisioning function needs.
 *
 * @param region the AWS region ({@code AWS_REGION})
 * @param secretId the Secrets Manager secret's name or ARN ({@code GATEHOUSE_SECRET_ID})
 * @param table the DynamoDB table of the ledger and audit trail ({@code GATEHOUSE_TABLE})
 * @param services Jira, Okta and the request types ({@code GATEHOUSE_CONFIG})
 * @param atlantis where the Atlantis task starts
 */
public record WorkerSettings(
    String region,
    String secretId,
    String table,
    ServiceSettings services,
    AtlantisSettings atlantis) {
  public WorkerSettings {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(secretId, "secretId");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(services, "services");
    Objects.requireNonNull(atlantis, "atlantis");
  }
}
