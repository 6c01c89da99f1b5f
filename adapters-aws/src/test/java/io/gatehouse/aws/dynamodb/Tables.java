package io.gatehouse.aws.dynamodb;

import io.gatehouse.aws.AwsClients;
import io.gatehouse.aws.testing.TestAws;
import java.time.Duration;
import java.util.UUID;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/** Clients on dynalite and fresh tables with the keys docs/adapters/aws.md gives. */
public final class Tables {
  private Tables() {}

  public static DynamoDbClient client(Dynalite dynalite) {
    return AwsClients.build(
        DynamoDbClient.builder(), TestAws.connection(dynalite.endpoint()), TestAws.credentials());
  }

  public static String ledger(DynamoDbClient client) {
    String name = "ledger-" + UUID.randomUUID();
    client.createTable(
        table ->
            table
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(text(DynamoDbLedger.KEY))
                .keySchema(key(DynamoDbLedger.KEY, KeyType.HASH)));
    awaitActive(client, name);
    return name;
  }

  public static String audit(DynamoDbClient client) {
    String name = "audit-" + UUID.randomUUID();
    client.createTable(
        table ->
            table
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    text(DynamoDbAuditTrail.STREAM), text(DynamoDbAuditTrail.POSITION))
                .keySchema(
                    key(DynamoDbAuditTrail.STREAM, KeyType.HASH),
                    key(DynamoDbAuditTrail.POSITION, KeyType.RANGE)));
    awaitActive(client, name);
    return name;
  }

  /**
   * Waits, polling every 20 ms for at most 10 s, until the table leaves CREATING: dynalite, like
   * DynamoDB, refuses item calls until then, and under load its switch can lag the create call.
   */
  private static void awaitActive(DynamoDbClient client, String name) {
    try (DynamoDbWaiter waiter =
        DynamoDbWaiter.builder()
            .client(client)
            .overrideConfiguration(
                wait ->
                    wait.maxAttempts(500)
                        .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(20))))
            .build()) {
      waiter.waitUntilTableExists(table -> table.tableName(name));
    }
  }

  private static AttributeDefinition text(String name) {
    return AttributeDefinition.builder()
        .attributeName(name)
        .attributeType(ScalarAttributeType.S)
        .build();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }
}
