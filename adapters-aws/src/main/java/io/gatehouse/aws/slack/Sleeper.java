package io.gatehouse.aws.slack;

import java.time.Duration;

/** Waits before a retry; tests pass one that records instead of sleeping. */
@FunctionalInterface
interface Sleeper {
  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
