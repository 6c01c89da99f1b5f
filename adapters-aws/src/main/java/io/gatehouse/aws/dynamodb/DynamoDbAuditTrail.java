package io.gatehouse.aws.dynamodb;

import io.gatehouse.aws.AwsStoreException;
import io.gatehouse.core.audit.AuditEvent;
import io.gatehouse.core.port.AuditTrail;
import io.gatehouse.core.request.RequestKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The audit trail in DynamoDB: one item per event, in the stream of its request ({@code ITS-42})
 * or, for run-level events, of its run ({@code run#<correlation id>}). The sort key is the event's
 * time in nanoseconds, zero-padded, and a random suffix, so that events read back oldest first and
 * two events at the same instant both stay. Items are only ever put, with a condition that refuses
 * to overwrite.
 */
final class DynamoDbAuditTrail implements AuditTrail {
  static final String STREAM = "stream";
  static final String POSITION = "position";

  private final DynamoDbClient client;
  private final String table;

  DynamoDbAuditTrail(DynamoDbClient client, String table) {
    this.client = Objects.requireNonNull(client, "client");
    this.table = Objects.requireNonNull(table, "table");
  }

  @Override
  public void record(AuditEvent event) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(STREAM, AttributeValue.fromS(stream(event)));
    item.put(POSITION, AttributeValue.fromS(position(event.at())));
    item.put("at", Nanos.of(event.at()));
    item.put("correlationId", AttributeValue.fromS(event.correlationId()));
    event.request().ifPresent(key -> item.put("requestKey", AttributeValue.fromS(key.value())));
    item.put("type", AttributeValue.fromS(event.type()));
    if (!event.detail().isEmpty()) {
      item.put("detail", AttributeValue.fromS(event.detail()));
    }

    try {
      client.putItem(
          put ->
              put.tableName(table)
                  .item(item)
                  .conditionExpression("attribute_not_exists(#position)")
                  .expressionAttributeNames(Map.of("#position", POSITION)));
    } catch (SdkException e) {
      throw failure("record " + event.type() + " of " + stream(event), e);
    }
  }

  @Override
  public List<AuditEvent> eventsFor(RequestKey key) {
    List<AuditEvent> events = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    try {
      do {
        QueryRequest.Builder query =
            QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("#stream = :stream")
                .expressionAttributeNames(Map.of("#stream", STREAM))
                .expressionAttributeValues(Map.of(":stream", AttributeValue.fromS(key.value())))
                .consistentRead(true)
                .scanIndexForward(true);
        if (start != null) {
          query.exclusiveStartKey(start);
        }
        QueryResponse page = client.query(query.build());
        page.items().forEach(item -> events.add(event(item)));
        start =
            page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
                ? page.lastEvaluatedKey()
                : null;
      } while (start != null);
    } catch (SdkException e) {
      throw failure("read the audit events of " + key, e);
    }
    return List.copyOf(events);
  }

  private static String stream(AuditEvent event) {
    return event.request().map(RequestKey::value).orElse("run#" + event.correlationId());
  }

  private static String position(Instant at) {
    String nanos = Nanos.of(at).n();
    return "0".repeat(Math.max(0, 20 - nanos.length())) + nanos + "#" + UUID.randomUUID();
  }

  private static AuditEvent event(Map<String, AttributeValue> item) {
    AttributeValue requestKey = item.get("requestKey");
    return new AuditEvent(
        Nanos.instant(item.get("at")),
        item.get("correlationId").s(),
        requestKey == null ? null : RequestKey.of(requestKey.s()),
        item.get("type").s(),
        item.containsKey("detail") ? item.get("detail").s() : "");
  }

  private static AwsStoreException failure(String what, SdkException e) {
    if (e instanceof SdkClientException) {
      return new AwsStoreException("DynamoDB could not be reached to " + what, true, e);
    }
    return new AwsStoreException(
        "DynamoDB refused to " + what + ": " + e.getClass().getSimpleName(), e.retryable(), e);
  }
}
