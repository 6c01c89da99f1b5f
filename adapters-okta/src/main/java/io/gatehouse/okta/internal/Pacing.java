package io.gatehouse.okta.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * How the adapter waits between attempts: the sleeper, the clock used only when Okta's answer has
 * no {@code Date}, and the jitter source. Tests pass a sleeper that records and returns at once.
 *
 * @param sleeper waits for a duration
 * @param clock the local clock, a fallback for a missing {@code Date} header
 * @param jitter numbers in [0, 1) that spread waits for concurrent-limit answers
 * @param timeLeft how long the caller may still take, asked before each wait; a wait that does not
 *     fit is not made, so a runtime with a deadline (a Lambda invocation) defers the request
 *     instead of being cut off in the middle of it
 */
public record Pacing(
    Sleeper sleeper, Clock clock, DoubleSupplier jitter, Supplier<Duration> timeLeft) {
  /** No deadline: waits are bounded only by the adapter's own longest wait. */
  public static final Supplier<Duration> NO_DEADLINE = () -> ChronoUnit.FOREVER.getDuration();

  public Pacing {
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(jitter, "jitter");
    Objects.requireNonNull(timeLeft, "timeLeft");
  }

  public Pacing(Sleeper sleeper, Clock clock, DoubleSupplier jitter) {
    this(sleeper, clock, jitter, NO_DEADLINE);
  }

  /** The same pacing within a deadline. */
  public Pacing within(Supplier<Duration> deadline) {
    return new Pacing(sleeper, clock, jitter, deadline);
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
