package io.gatehouse.core.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.fakes.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallBudgetTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
  private final List<Instant> callTimes = new ArrayList<>();
  private final CallBudget budget = new CallBudget(600, clock, duration -> clock.advance(duration));

  private void call(String bucket, int calls) throws InterruptedException {
    budget.spend(bucket, calls);
    callTimes.add(clock.instant());
  }

  @Test
  void spend_spacesTheCallsOfABucketAMinuteDividedByTheBudgetApart() throws InterruptedException {
    for (int i = 0; i < 5; i++) {
      call("users", 1);
    }

    assertThat(callTimes).containsExactly(at(0), at(100), at(200), at(300), at(400));
  }

  @Test
  void spend_neverLetsAMinuteHoldMoreThanTheBudget() throws InterruptedException {
    for (int i = 0; i < 1500; i++) {
      call("other", 1);
    }

    Instant start = callTimes.get(0);
    for (Instant windowStart : callTimes) {
      long inWindow =
          callTimes.stream()
              .filter(t -> !t.isBefore(windowStart) && t.isBefore(windowStart.plusSeconds(60)))
              .count();
      assertThat(inWindow).as("calls in the minute from %s", windowStart).isLessThanOrEqualTo(600);
    }
    assertThat(Duration.between(start, callTimes.get(1499))).isEqualTo(Duration.ofMillis(149_900));
  }

  @Test
  void spend_keepsEachBucketsBudgetApart() throws InterruptedException {
    call("users", 1);
    call("groups", 1);
    call("users", 1);

    assertThat(callTimes).containsExactly(at(0), at(0), at(100));
  }

  @Test
  void spend_ofSeveralCalls_takesAsManyPlaces() throws InterruptedException {
    call("other", 2);
    call("other", 1);

    assertThat(callTimes).containsExactly(at(0), at(200));
  }

  @Test
  void spend_savesNothingUpWhileIdle() throws InterruptedException {
    call("users", 1);
    clock.advance(Duration.ofMinutes(5));
    call("users", 1);
    call("users", 1);

    Instant resumed = at(0).plus(Duration.ofMinutes(5));
    assertThat(callTimes.subList(1, 3)).containsExactly(resumed, resumed.plusMillis(100));
  }

  @Test
  void spend_answersHowLongTheCallerWaited() throws InterruptedException {
    budget.spend("users", 3);

    assertThat(budget.spend("users", 1)).isEqualTo(Duration.ofMillis(300));
  }

  @Test
  void budget_refusesLessThanOneCallPerMinute() {
    assertThatThrownBy(() -> new CallBudget(0, clock, duration -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("perMinute");
  }

  private Instant at(long millis) {
    return Instant.parse("2026-12-04T10:00:00Z").plusMillis(millis);
  }
}
