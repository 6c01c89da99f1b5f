package io.gatehouse.aws.dynamodb;

import io.gatehouse.aws.internal.SdkClients;
import io.gatehouse.aws.testing.TestAws;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Clients on dynalite and fresh tables with the keys docs/adapters/aws.md gives. */
final class Tables {
  private Tables() {}

  static DynamoDbClient client(Dynalite dynalite) {
    return SdkClients.build(
        DynamoDbClient.builder(), TestAws.connection(dynalite.endpoint()), TestAws.credentials());
  }

  static String ledger(DynamoDbClient client) {
    String name = "ledger-" + UUID.randomUUID();
    client.createTable(
        table ->
            table
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    a -> a.attributeName(DynamoDbLedger.KEY).attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName(DynamoDbLedger.KEY).keyType(KeyType.HASH)));
    return name;
  }

  static String audit(DynamoDbClient client) {
    String name = "audit-" + UUID.randomUUID();
    client.createTable(
        table ->
            table
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    a ->
                        a.attributeName(DynamoDbAuditTrail.STREAM)
                            .attributeType(ScalarAttributeType.S),
                    a ->
                        a.attributeName(DynamoDbAuditTrail.POSITION)
                            .attributeType(ScalarAttributeType.S))
                .keySchema(
                    k -> k.attributeName(DynamoDbAuditTrail.STREAM).keyType(KeyType.HASH),
                    k -> k.attributeName(DynamoDbAuditTrail.POSITION).keyType(KeyType.RANGE)));
    return name;
  }
}
