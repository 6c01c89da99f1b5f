package io.gatehouse.aws.dynamodb;

import io.gatehouse.aws.AwsConnection;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the ledger and the audit trail live in DynamoDB. Validated whole on construction: every
 * problem is reported together in one {@link IllegalArgumentException}, each naming its key.
 *
 * @param connection the region and, for tests or VPC endpoints, the endpoint
 * @param ledgerTable the ledger's table: partition key {@code requestKey} (string), no sort key
 * @param auditTable the audit trail's table: partition key {@code stream} (string), sort key {@code
 *     position} (string)
 */
public record DynamoDbSettings(AwsConnection connection, String ledgerTable, String auditTable) {
  private static final String PREFIX = "aws.dynamoDb";
  private static final String TABLE_NAME = "[a-zA-Z0-9_.-]{3,255}";

  public DynamoDbSettings {
    List<String> problems = new ArrayList<>();
    if (connection == null) {
      problems.add(PREFIX + ".region must be set");
    } else {
      connection.check(PREFIX, problems);
    }
    if (ledgerTable == null || !ledgerTable.matches(TABLE_NAME)) {
      problems.add(PREFIX + ".ledgerTable must be a DynamoDB table name");
    }
    if (auditTable == null || !auditTable.matches(TABLE_NAME)) {
      problems.add(PREFIX + ".auditTable must be a DynamoDB table name");
    }
    if (problems.isEmpty() && ledgerTable.equals(auditTable)) {
      problems.add(PREFIX + ".auditTable must differ from the ledger table");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "DynamoDB settings are not valid: " + String.join("; ", problems));
    }
  }
}
