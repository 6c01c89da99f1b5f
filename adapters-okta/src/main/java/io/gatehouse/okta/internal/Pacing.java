package io.gatehouse.okta.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How the adapter waits between attempts: the sleeper, the clock used only when Okta's answer has
 * no {@code Date}, and the jitter source. Tests pass a sleeper that records and returns at once.
 *
 * @param sleeper waits for a duration
 * @param clock the local clock, a fallback for a missing {@code Date} header
 * @param jitter numbers in [0, 1) that spread waits for concurrent-limit answers
 */
public record Pacing(Sleeper sleeper, Clock clock, DoubleSupplier jitter) {
  public Pacing {
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(jitter, "jitter");
  }

  /** Real waits on the system clock. */
  public static Pacing real() {
    return new Pacing(
        duration -> Thread.sleep(duration.toMillis()),
        Clock.systemUTC(),
        () -> ThreadLocalRandom.current().nextDouble());
  }

  /** Waits for a duration; interruptible. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }
}
