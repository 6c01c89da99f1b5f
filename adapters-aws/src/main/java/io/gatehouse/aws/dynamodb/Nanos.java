package io.gatehouse.aws.dynamodb;

import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Instants as DynamoDB numbers of nanoseconds since the epoch, so that conditions compare them and
 * they read back exactly.
 */
final class Nanos {
  private Nanos() {}

  static AttributeValue of(Instant instant) {
    long nanos =
        Math.addExact(
            Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    return AttributeValue.fromN(Long.toString(nanos));
  }

  static Instant instant(AttributeValue value) {
    long nanos = Long.parseLong(value.n());
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }
}
