package io.gatehouse.okta;

import io.gatehouse.okta.internal.Pacing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Records each wait the adapter asks for and returns at once; tests never really wait. */
final class RecordingSleeper implements Pacing.Sleeper {
  /** A local clock an hour behind, so a wait measured against it would be plainly wrong. */
  static final Clock SKEWED_CLOCK =
      Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);

  private final List<Duration> waits = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    waits.add(duration);
  }

  synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }

  /** Pacing with this sleeper, the skewed local clock and a jitter of one half. */
  Pacing pacing() {
    return new Pacing(this, SKEWED_CLOCK, () -> 0.5);
  }
}
