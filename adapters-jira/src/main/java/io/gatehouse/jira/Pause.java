package io.gatehouse.jira;

import java.time.Duration;

/** Waits before a retry; tests pass one that records instead of sleeping. */
@FunctionalInterface
interface Pause {
  Pause SLEEP = duration -> Thread.sleep(duration.toMillis());

  void pause(Duration duration) throws InterruptedException;
}
