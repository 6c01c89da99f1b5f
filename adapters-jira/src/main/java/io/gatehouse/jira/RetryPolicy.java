package io.gatehouse.jira;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a throttled call (429, 503) again. A {@code Retry-After} in seconds is honoured plus
 * up to a second of jitter; without one the wait doubles from one second, capped at 30 s, with
 * jitter so that parallel callers spread out. A wait longer than {@link #MAX_WAIT} is not waited
 * for: the call fails as retryable instead, leaving the next run to try.
 */
final class RetryPolicy {
  static final int MAX_RETRIES = 3;
  static final Duration MAX_WAIT = Duration.ofSeconds(60);
  private static final Duration BASE = Duration.ofSeconds(1);
  private static final Duration CAP = Duration.ofSeconds(30);

  private final DoubleSupplier random;

  RetryPolicy(DoubleSupplier random) {
    this.random = random;
  }

  /** The wait before retry number {@code retry} (0 for the first). */
  Duration delay(int retry, String retryAfterHeader) {
    Optional<Duration> asked = retryAfter(retryAfterHeader);
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
}
