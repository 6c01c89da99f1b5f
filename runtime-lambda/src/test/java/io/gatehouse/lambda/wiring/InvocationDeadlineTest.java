package io.gatehouse.lambda.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.lambda.support.TestContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InvocationDeadlineTest {
  private final Instant start = Instant.parse("2026-12-04T10:00:00Z");

  @Test
  void timeLeft_countsDownFromWhatLambdaSaidAtTheStart() {
    InvocationDeadline deadline = new InvocationDeadline(Clock.fixed(start, ZoneOffset.UTC));
    TestContext context = new TestContext("req-1");

    deadline.start(context);

    assertThat(deadline.timeLeft())
        .isEqualTo(Duration.ofMillis(context.getRemainingTimeInMillis()));
    InvocationDeadline later =
        new InvocationDeadline(Clock.fixed(start.plusSeconds(30), ZoneOffset.UTC));
    assertThat(later.timeLeft()).isGreaterThan(Duration.ofDays(365));
  }

  @Test
  void timeLeft_isUnbounded_withoutAContext() {
    InvocationDeadline deadline = new InvocationDeadline(Clock.systemUTC());

    deadline.start(null);

    assertThat(deadline.timeLeft()).isGreaterThan(Duration.ofDays(365));
  }
}
