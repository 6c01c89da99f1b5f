package io.gatehouse.okta.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The wait a 429 answer asks for. Okta's {@code X-Rate-Limit-Reset} is an epoch second on Okta's
 * clock, so it is measured against the answer's own {@code Date}, not the local clock, plus a
 * second of margin. The header may arrive twice (the latest value counts). On a concurrent-limit
 * answer ({@code X-Rate-Limit-Limit: 0}) the reset is only a guess, so a short jittered backoff is
 * used instead.
 */
final class RateLimitWait {
  static final Duration MARGIN = Duration.ofSeconds(1);
  private static final Duration BACKOFF = Duration.ofSeconds(1);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(8);

  private RateLimitWait() {}

  /**
   * The wait before attempt {@code attempt + 1}.
   *
   * @param headers the 429 answer's headers, names in any case
   * @param attempt how many attempts failed before this one, from 0
   * @param pacing the local clock (used only without a {@code Date}) and the jitter
   */
  static Duration of(Map<String, List<String>> headers, int attempt, Pacing pacing) {
    Optional<Long> reset = latest(values(headers, "X-Rate-Limit-Reset"));
    boolean concurrent = concurrentLimit(headers);
    if (concurrent || reset.isEmpty()) {
      return backoff(attempt, pacing);
    }

    Instant now = date(headers).orElseGet(pacing.clock()::instant);
    Duration wait = Duration.between(now, Instant.ofEpochSecond(reset.get())).plus(MARGIN);
    return wait.compareTo(MARGIN) < 0 ? MARGIN : wait;
  }

  /** Whether a 429 is the concurrent-limit form: limit and remaining reported as 0. */
  static boolean concurrentLimit(Map<String, List<String>> headers) {
    return values(headers, "X-Rate-Limit-Limit").contains("0");
  }

  private static Duration backoff(int attempt, Pacing pacing) {
    Duration base = BACKOFF.multipliedBy(1L << Math.min(attempt, 3));
    Duration capped = base.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : base;
    long jitterMillis = (long) (pacing.jitter().getAsDouble() * BACKOFF.toMillis());
    return capped.plusMillis(jitterMillis);
  }

  private static Optional<Instant> date(Map<String, List<String>> headers) {
    for (String value : values(headers, "Date")) {
      try {
        return Optional.of(
            ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      } catch (DateTimeParseException unreadable) {
        // try the next value, if any
      }
    }
    return Optional.empty();
  }

  private static Optional<Long> latest(List<String> values) {
    return values.stream()
        .map(String::strip)
        .filter(value -> value.matches("\\d{1,12}"))
        .map(Long::valueOf)
        .max(Long::compare);
  }

  /** Every value of a header, whether sent as repeated headers or joined with commas. */
  private static List<String> values(Map<String, List<String>> headers, String name) {
    List<String> values = new ArrayList<>();
    headers.forEach(
        (key, list) -> {
          if (key != null && key.equalsIgnoreCase(name) && list != null) {
            list.forEach(
                value -> {
                  if (name.equals("Date")) {
                    values.add(value);
                  } else {
                    for (String part : value.split(",")) {
                      values.add(part.strip());
                    }
                  }
                });
          }
        });
    return values;
  }
}
