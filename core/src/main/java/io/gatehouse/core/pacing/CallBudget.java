package io.gatehouse.core.pacing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A per-minute budget of calls to a remote service, kept per bucket (the service's own rate-limit
 * groups) and spent evenly: the calls of a bucket are spaced a minute divided by the budget apart,
 * so that no minute holds more than the budget and the caller never needs a 429 to slow down.
 *
 * <p>An idle bucket saves nothing up: after a pause the next call goes at once and the ones after
 * it are spaced again, so there is never a burst. Calls are placed in the order they ask.
 *
 * <p>Safe for use by many threads: places are handed out under a lock and the wait happens outside
 * it. Time comes from the clock given and waiting from the sleeper given, so tests need neither.
 */
public final class CallBudget {
  private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

  private final int perMinute;
  private final Duration spacing;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, Instant> nextFree = new HashMap<>();

  /** Waits for a while; {@code Thread::sleep} in production. */
  @FunctionalInterface
  public interface Sleeper {
    /** Returns after at least {@code duration}; throws when the thread is interrupted. */
    void sleep(Duration duration) throws InterruptedException;
  }

  /**
   * @param perMinute the most calls per minute in each bucket, at least one
   */
  public CallBudget(int perMinute, Clock clock, Sleeper sleeper) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("perMinute must be at least 1, was " + perMinute);
    }
    this.perMinute = perMinute;
    this.spacing = Duration.ofNanos(NANOS_PER_MINUTE / perMinute);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  public int perMinute() {
    return perMinute;
  }

  /**
   * Takes the next {@code calls} places of a bucket and waits until the first of them has come. The
   * caller then makes its calls one after another; each takes far longer than the spacing of any
   * budget Okta allows, so the later places have come by the time they are used.
   *
   * @return how long the caller waited
   * @throws InterruptedException when interrupted while waiting; the places stay taken
   */
  public Duration spend(String bucket, int calls) throws InterruptedException {
    Objects.requireNonNull(bucket, "bucket");
    if (calls < 1) {
      throw new IllegalArgumentException("calls must be at least 1, was " + calls);
    }

    Instant now;
    Instant place;
    lock.lock();
    try {
      now = clock.instant();
      Instant free = nextFree.getOrDefault(bucket, now);
      place = free.isAfter(now) ? free : now;
      nextFree.put(bucket, place.plus(spacing.multipliedBy(calls)));
    } finally {
      lock.unlock();
    }

    Duration wait = Duration.between(now, place);
    if (!wait.isZero()) {
      sleeper.sleep(wait);
    }
    return wait;
  }
}
