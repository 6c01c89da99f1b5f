package io.gatehouse.okta.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wait read from a 429's headers, in the header shapes Okta and its edges send. */
class RateLimitWaitTest {
  private static final String DATE = "Tue, 04 Mar 2025 10:00:00 GMT";
  private static final long DATE_EPOCH = 1_741_082_400L;
  private static final Pacing PACING =
      new Pacing(
          duration -> {},
          Clock.fixed(Instant.ofEpochSecond(DATE_EPOCH - 3600), ZoneOffset.UTC),
          () -> 0.25);

  @Test
  void bc10_waitIsResetMinusDatePlusASecond_notMeasuredOnTheLocalClock() {
    Duration wait = RateLimitWait.of(headers("600", DATE, "1741082415"), 0, PACING);

    assertThat(wait).isEqualTo(Duration.ofSeconds(16));
  }

  @Test
  void bc10_resetSentTwice_orJoinedWithACommaInOneHeader_takesTheLatest() {
    Map<String, List<String>> twice =
        Map.of(
            "date", List.of(DATE),
            "x-rate-limit-limit", List.of("600"),
            "x-rate-limit-reset", List.of("1741082405", "1741082415"));
    Map<String, List<String>> joined = headers("600", DATE, "1741082415, 1741082415");

    assertThat(RateLimitWait.of(twice, 0, PACING)).isEqualTo(Duration.ofSeconds(16));
    assertThat(RateLimitWait.of(joined, 0, PACING)).isEqualTo(Duration.ofSeconds(16));
  }

  @Test
  void bc10_concurrentLimitForm_backsOffShortlyWithJitter_andGrowsWithAttempts() {
    Map<String, List<String>> concurrent = headers("0", DATE, "1741082401");

    assertThat(RateLimitWait.of(concurrent, 0, PACING)).isEqualTo(Duration.ofMillis(1250));
    assertThat(RateLimitWait.of(concurrent, 2, PACING)).isEqualTo(Duration.ofMillis(4250));
    assertThat(RateLimitWait.of(concurrent, 9, PACING)).isEqualTo(Duration.ofMillis(8250));
  }

  @Test
  void aResetAlreadyPast_waitsTheMarginOnly() {
    Duration wait = RateLimitWait.of(headers("600", DATE, "1741082390"), 0, PACING);

    assertThat(wait).isEqualTo(RateLimitWait.MARGIN);
  }

  @Test
  void withoutDate_theLocalClockIsTheFallback() {
    Map<String, List<String>> noDate =
        Map.of("X-Rate-Limit-Limit", List.of("600"), "X-Rate-Limit-Reset", List.of("1741078810"));

    assertThat(RateLimitWait.of(noDate, 0, PACING)).isEqualTo(Duration.ofSeconds(11));
  }

  @Test
  void withoutReset_backsOff() {
    Map<String, List<String>> bare = Map.of("Date", List.of(DATE));

    assertThat(RateLimitWait.of(bare, 1, PACING)).isEqualTo(Duration.ofMillis(2250));
  }

  private static Map<String, List<String>> headers(String limit, String date, String reset) {
    return Map.of(
        "X-Rate-Limit-Limit", List.of(limit),
        "Date", List.of(date),
        "X-Rate-Limit-Reset", List.of(reset));
  }
}
