package io.gatehouse.aws.dynamodb;

import io.gatehouse.aws.AwsStoreException;
import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.ledger.StepRecord;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.request.RequestKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The ledger in one DynamoDB item per request: the claim ({@code owner}, {@code expiresAt}), the
 * steps (a map by step id) and the last notice. Every write is one conditional UpdateItem, so the
 * check that the claim is held and the write itself are atomic without transactions: two
 * invocations racing for a request never both hold it, and a run that lost its claim cannot record
 * over another's work ({@link #started}, {@link #done} and {@link #noticePosted} then throw {@link
 * IllegalStateException} naming the request). Reads are strongly consistent.
 *
 * <p>Every method may throw {@link AwsStoreException} when DynamoDB cannot be reached or refuses.
 */
final class DynamoDbLedger implements Ledger {
  static final String KEY = "requestKey";
  private static final String OWNER = "owner";
  private static final String EXPIRES = "expiresAt";
  private static final String STEPS = "steps";
  private static final String NOTICE = "notice";
  private static final String NOTICE_AT = "noticeAt";
  private static final String HELD = "#owner = :owner AND #expires > :at";
  private static final String ACCOUNT_PREFIX = "account#";
  private static final String BOUND_TO = "boundTo";

  private final DynamoDbClient client;
  private final String table;

  DynamoDbLedger(DynamoDbClient client, String table) {
    this.client = Objects.requireNonNull(client, "client");
    this.table = Objects.requireNonNull(table, "table");
  }

  @Override
  public Optional<Claim> claim(RequestKey key, String owner, Instant now, Duration lease) {
    Objects.requireNonNull(owner, "owner");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive, was " + lease + " for " + key);
    }
    Claim wanted = new Claim(key, owner, now.plus(lease));

    UpdateItemRequest request =
        update(key)
            .updateExpression(
                "SET #owner = :owner, #expires = :expires, #steps = if_not_exists(#steps, :none)")
            .conditionExpression(
                "attribute_not_exists(#owner) OR #owner = :owner OR #expires <= :now")
            .expressionAttributeNames(Map.of("#owner", OWNER, "#expires", EXPIRES, "#steps", STEPS))
            .expressionAttributeValues(
                Map.of(
                    ":owner", AttributeValue.fromS(owner),
                    ":expires", Nanos.of(wanted.expires()),
                    ":now", Nanos.of(now),
                    ":none", AttributeValue.fromM(Map.of())))
            .build();
    return call(
        "claim " + key,
        () -> {
          try {
            client.updateItem(request);
            return Optional.of(wanted);
          } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
          }
        });
  }

  @Override
  public void release(Claim claim) {
    UpdateItemRequest request =
        update(claim.key())
            .updateExpression("REMOVE #owner, #expires")
            .conditionExpression("#owner = :owner")
            .expressionAttributeNames(Map.of("#owner", OWNER, "#expires", EXPIRES))
            .expressionAttributeValues(Map.of(":owner", AttributeValue.fromS(claim.owner())))
            .build();
    call(
        "release " + claim.key(),
        () -> {
          try {
            client.updateItem(request);
          } catch (ConditionalCheckFailedException e) {
            // Taken over since, or released already: the other holder's claim stays.
          }
          return null;
        });
  }

  @Override
  public Map<String, StepRecord> steps(RequestKey key) {
    Map<String, AttributeValue> item = item(key, "read the steps of " + key);
    Map<String, AttributeValue> steps = item.containsKey(STEPS) ? item.get(STEPS).m() : Map.of();

    Map<String, StepRecord> ordered = new LinkedHashMap<>();
    steps.entrySet().stream()
        .map(entry -> step(entry.getKey(), entry.getValue().m()))
        .sorted(Comparator.comparing(StepRecord::at).thenComparing(StepRecord::stepId))
        .forEach(step -> ordered.put(step.stepId(), step));
    return Collections.unmodifiableMap(ordered);
  }

  /** Records the attempt; a step already done stays done, so a finished step is never reopened. */
  @Override
  public void started(Claim claim, String stepId, Instant at) {
    Objects.requireNonNull(stepId, "stepId");
    UpdateItemRequest request =
        update(claim.key())
            .updateExpression("SET #steps.#step = :record")
            .conditionExpression(
                HELD + " AND (attribute_not_exists(#steps.#step) OR #steps.#step.#state <> :done)")
            .expressionAttributeNames(stepNames(stepId, true))
            .expressionAttributeValues(
                stepValues(claim, at, record(StepRecord.State.STARTED, "", at), true))
            .build();
    call(
        "record step " + stepId + " started on " + claim.key(),
        () -> {
          try {
            client.updateItem(request);
          } catch (ConditionalCheckFailedException e) {
            // Either the claim is lost or the step is done; only the first is an error.
            requireHeld(claim, at, "step " + stepId + " started");
          }
          return null;
        });
  }

  @Override
  public void done(Claim claim, String stepId, String detail, Instant at) {
    Objects.requireNonNull(stepId, "stepId");
    UpdateItemRequest request =
        update(claim.key())
            .updateExpression("SET #steps.#step = :record")
            .conditionExpression(HELD)
            .expressionAttributeNames(stepNames(stepId, false))
            .expressionAttributeValues(
                stepValues(
                    claim,
                    at,
                    record(StepRecord.State.DONE, detail == null ? "" : detail, at),
                    false))
            .build();
    heldWrite(request, claim, at, "step " + stepId + " done");
  }

  @Override
  public Optional<String> lastNotice(RequestKey key) {
    Map<String, AttributeValue> item = item(key, "read the last notice of " + key);
    return Optional.ofNullable(item.get(NOTICE)).map(AttributeValue::s);
  }

  @Override
  public void noticePosted(Claim claim, String fingerprint, Instant at) {
    Objects.requireNonNull(fingerprint, "fingerprint");
    UpdateItemRequest request =
        update(claim.key())
            .updateExpression("SET #notice = :notice, #noticeAt = :at")
            .conditionExpression(HELD)
            .expressionAttributeNames(
                Map.of(
                    "#owner",
                    OWNER,
                    "#expires",
                    EXPIRES,
                    "#notice",
                    NOTICE,
                    "#noticeAt",
                    NOTICE_AT))
            .expressionAttributeValues(
                Map.of(
                    ":owner", AttributeValue.fromS(claim.owner()),
                    ":at", Nanos.of(at),
                    ":notice", AttributeValue.fromS(fingerprint)))
            .build();
    heldWrite(request, claim, at, "notice");
  }

  /**
   * Account ownership lives in the same table, one item per account under a key that no request key
   * can take ({@code account#…}); a conditional put gives it to the first request only.
   */
  @Override
  public boolean bindAccount(Claim claim, String accountId, Instant at) {
    Objects.requireNonNull(accountId, "accountId");
    requireHeld(claim, at, "account");

    Map<String, AttributeValue> item =
        Map.of(
            KEY,
            AttributeValue.fromS(ACCOUNT_PREFIX + accountId),
            BOUND_TO,
            AttributeValue.fromS(claim.key().value()),
            "boundAt",
            Nanos.of(at));
    return call(
        "bind account " + accountId + " to " + claim.key(),
        () -> {
          try {
            client.putItem(
                put ->
                    put.tableName(table)
                        .item(item)
                        .conditionExpression("attribute_not_exists(#key) OR #boundTo = :request")
                        .expressionAttributeNames(Map.of("#key", KEY, "#boundTo", BOUND_TO))
                        .expressionAttributeValues(
                            Map.of(":request", AttributeValue.fromS(claim.key().value()))));
            return true;
          } catch (ConditionalCheckFailedException e) {
            return false;
          }
        });
  }

  private void heldWrite(UpdateItemRequest request, Claim claim, Instant at, String what) {
    call(
        "record " + what + " on " + claim.key(),
        () -> {
          try {
            client.updateItem(request);
          } catch (ConditionalCheckFailedException e) {
            throw lost(claim, at, what);
          }
          return null;
        });
  }

  private void requireHeld(Claim claim, Instant at, String what) {
    Map<String, AttributeValue> item = item(claim.key(), "read the claim on " + claim.key());
    boolean held =
        item.containsKey(OWNER)
            && item.get(OWNER).s().equals(claim.owner())
            && Nanos.instant(item.get(EXPIRES)).isAfter(at);
    if (!held) {
      throw lost(claim, at, what);
    }
  }

  private static IllegalStateException lost(Claim claim, Instant at, String what) {
    return new IllegalStateException(
        "claim on "
            + claim.key()
            + " by "
            + claim.owner()
            + " is no longer held at "
            + at
            + "; "
            + what
            + " not recorded");
  }

  private Map<String, AttributeValue> item(RequestKey key, String what) {
    return call(
        what,
        () -> {
          var response =
              client.getItem(get -> get.tableName(table).key(key(key)).consistentRead(true));
          return response.hasItem() ? response.item() : Map.of();
        });
  }

  private UpdateItemRequest.Builder update(RequestKey key) {
    return UpdateItemRequest.builder().tableName(table).key(key(key));
  }

  private static Map<String, String> stepNames(String stepId, boolean withState) {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("#owner", OWNER);
    names.put("#expires", EXPIRES);
    names.put("#steps", STEPS);
    names.put("#step", stepId);
    if (withState) {
      names.put("#state", "state");
    }
    return names;
  }

  private static Map<String, AttributeValue> stepValues(
      Claim claim, Instant at, AttributeValue record, boolean withDone) {
    Map<String, AttributeValue> values = new LinkedHashMap<>();
    values.put(":owner", AttributeValue.fromS(claim.owner()));
    values.put(":at", Nanos.of(at));
    values.put(":record", record);
    if (withDone) {
      values.put(":done", AttributeValue.fromS(StepRecord.State.DONE.name()));
    }
    return values;
  }

  /** An empty detail is left out, as DynamoDB-compatible servers differ on empty strings. */
  private static AttributeValue record(StepRecord.State state, String detail, Instant at) {
    Map<String, AttributeValue> record = new LinkedHashMap<>();
    record.put("state", AttributeValue.fromS(state.name()));
    record.put("at", Nanos.of(at));
    if (!detail.isEmpty()) {
      record.put("detail", AttributeValue.fromS(detail));
    }
    return AttributeValue.fromM(record);
  }

  private static StepRecord step(String stepId, Map<String, AttributeValue> record) {
    AttributeValue detail = record.get("detail");
    return new StepRecord(
        stepId,
        StepRecord.State.valueOf(record.get("state").s()),
        detail == null ? "" : detail.s(),
        Nanos.instant(record.get("at")));
  }

  private static Map<String, AttributeValue> key(RequestKey key) {
    return Map.of(KEY, AttributeValue.fromS(key.value()));
  }

  private static <T> T call(String what, Supplier<T> call) {
    try {
      return call.get();
    } catch (SdkClientException e) {
      throw new AwsStoreException("DynamoDB could not be reached to " + what, true, e);
    } catch (SdkException e) {
      throw new AwsStoreException(
          "DynamoDB refused to " + what + ": " + e.getClass().getSimpleName(), e.retryable(), e);
    }
  }
}
