package io.gatehouse.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy = new RetryPolicy(() -> 0.0, JsmDeskFixture.CLOCK);

  @Test
  void delay_honoursRetryAfterSeconds_beforeTheRateLimitReset() {
    assertThat(policy.delay(0, "7", "2025-03-04T10:01Z")).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void delay_readsTheResetAsIsoTime_andIgnoresEpochSeconds() {
    assertThat(policy.delay(0, null, "2025-03-04T10:01Z")).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.delay(0, null, "1741082460")).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void delay_ignoresAnHttpDateRetryAfter_andBacksOffUpToTheCap() {
    assertThat(policy.delay(1, "Wed, 21 Oct 2015 07:28:00 GMT", null))
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.delay(10, null, null)).isEqualTo(Duration.ofSeconds(15));
  }
}
