package io.gatehouse.jira;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a throttled call (429, 503) again. A {@code Retry-After} in seconds is honoured plus
 * up to a second of jitter; failing that, Jira's {@code X-RateLimit-Reset} (an ISO-8601 time such
 * as {@code 2025-03-04T10:01Z}, not epoch seconds) is waited for; failing both, the wait doubles
 * from one second, capped at 30 s, with jitter so that parallel callers spread out. A wait longer
 * than {@link #MAX_WAIT} is not waited for: the call fails as retryable instead, leaving the next
 * run to try.
 */
final class RetryPolicy {
  static final int MAX_RETRIES = 3;
  static final Duration MAX_WAIT = Duration.ofSeconds(60);
  private static final Duration BASE = Duration.ofSeconds(1);
  private static final Duration CAP = Duration.ofSeconds(30);

  private final DoubleSupplier random;
  private final Clock clock;

  RetryPolicy(DoubleSupplier random, Clock clock) {
    this.random = random;
    this.clock = clock;
  }

  /** The wait before retry number {@code retry} (0 for the first). */
  Duration delay(int retry, String retryAfterHeader, String rateLimitResetHeader) {
    Optional<Duration> asked =
        retryAfter(retryAfterHeader).or(() -> untilReset(rateLimitResetHeader));
    if (asked.isPresent()) {
      return asked.get().plusMillis((long) (random.getAsDouble() * 1000));
    }
    long ceiling = Math.min(CAP.toMillis(), BASE.toMillis() << Math.min(retry, 20));
    return Duration.ofMillis(ceiling / 2 + (long) (random.getAsDouble() * (ceiling / 2)));
  }

  /** {@code Retry-After} as delta-seconds; an HTTP date or garbage counts as absent. */
  static Optional<Duration> retryAfter(String header) {
    if (header == null || !header.trim().matches("[0-9]{1,9}")) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(Long.parseLong(header.trim())));
  }

  /** The time left until an ISO-8601 {@code X-RateLimit-Reset}; absent when past or unreadable. */
  private Optional<Duration> untilReset(String header) {
    if (header == null) {
      return Optional.empty();
    }
    try {
      Duration left = Duration.between(clock.instant(), OffsetDateTime.parse(header.trim()));
      return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
