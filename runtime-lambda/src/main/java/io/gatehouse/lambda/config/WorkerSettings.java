package io.gatehouse.lambda.config;

import java.util.Objects;

/**
 * What the provisioning function needs.
 *
 * @param region the AWS region ({@code AWS_REGION})
 * @param secretId the Secrets Manager secret's name or ARN ({@code GATEHOUSE_SECRET_ID})
 * @param ledgerTable the DynamoDB table of the ledger ({@code GATEHOUSE_LEDGER_TABLE})
 * @param auditTable the DynamoDB table of the audit trail ({@code GATEHOUSE_AUDIT_TABLE})
 * @param services Jira, Okta and the request types ({@code GATEHOUSE_CONFIG})
 * @param atlantis where the Atlantis task starts
 */
public record WorkerSettings(
    String region,
    String secretId,
    String ledgerTable,
    String auditTable,
    ServiceSettings services,
    AtlantisSettings atlantis) {
  public WorkerSettings {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(secretId, "secretId");
    Objects.requireNonNull(ledgerTable, "ledgerTable");
    Objects.requireNonNull(auditTable, "auditTable");
    Objects.requireNonNull(services, "services");
    Objects.requireNonNull(atlantis, "atlantis");
  }
}
