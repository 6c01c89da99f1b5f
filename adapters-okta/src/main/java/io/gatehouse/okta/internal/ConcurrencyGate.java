package io.gatehouse.okta.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Drops Gatehouse's parallelism towards Okta to one call at a time for a while after Okta answers
 * with its concurrent-limit 429 ({@code X-Rate-Limit-Limit: 0}): more calls in flight would only
 * meet more of them, and the limit is shared with every other integration of the org. Outside such
 * a period calls pass untouched. Safe for use by many threads.
 */
final class ConcurrencyGate {
  /** How long calls go one at a time after a concurrent-limit answer. */
  static final Duration SINGLE_FILE = Duration.ofSeconds(30);

  private final Clock clock;
  private final ReentrantLock single = new ReentrantLock(true);
  private volatile Instant singleFileUntil = Instant.MIN;

  ConcurrencyGate(Clock clock) {
    this.clock = clock;
  }

  /** Runs a call, alone when a concurrent-limit answer came recently. */
  <T> T through(Supplier<T> call) {
    if (!singleFile()) {
      return call.get();
    }
    single.lock();
    try {
      return call.get();
    } finally {
      single.unlock();
    }
  }

  /** Okta said too many calls are in flight: go one at a time for {@link #SINGLE_FILE}. */
  void concurrentLimitMet() {
    singleFileUntil = clock.instant().plus(SINGLE_FILE);
  }

  boolean singleFile() {
    return clock.instant().isBefore(singleFileUntil);
  }
}
