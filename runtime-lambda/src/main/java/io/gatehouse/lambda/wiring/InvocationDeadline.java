package io.gatehouse.lambda.wiring;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When the current invocation will be stopped by Lambda, so that the adapters never start a wait
 * that outlasts it (a rate-limit wait is deferred to the next run instead). One per container; an
 * invocation sets it as it starts. Safe for use by many threads.
 */
public final class InvocationDeadline {
  private final Clock clock;
  private volatile Instant deadline = Instant.MAX;

  public InvocationDeadline(Clock clock) {
    this.clock = clock;
  }

  /** Notes the deadline of the invocation that starts now; without a context there is none. */
  public void start(Context context) {
    deadline =
        context == null
            ? Instant.MAX
            : clock.instant().plusMillis(Math.max(0, context.getRemainingTimeInMillis()));
  }

  /** How long the current invocation may still run. */
  public Duration timeLeft() {
    if (deadline.equals(Instant.MAX)) {
      return ChronoUnit.FOREVER.getDuration();
    }
    Duration left = Duration.between(clock.instant(), deadline);
    return left.isNegative() ? Duration.ZERO : left;
  }
}
