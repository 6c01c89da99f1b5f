package io.gatehouse.testkit.okta;

import java.time.Instant;

/**
 * Per-minute rate-limit buckets shaped after Okta's management limits. Every answer carries the
 * bucket's {@code X-Rate-Limit-*} headers; a call over the limit answers 429 E0000047.
 */
final class RateLimits {
  private final OktaState state;

  RateLimits(OktaState state) {
    this.state = state;
  }

  /** The bucket of a call, named after the row of Okta's limit table it falls under. */
  static String bucket(String method, String path) {
    String[] segments = path.split("/");
    if (path.startsWith("/oauth2/")) {
      return "oauth2-token";
    }
    if (path.equals("/api/v1/users")) {
      return "users";
    }
    if (path.startsWith("/api/v1/users/") && segments.length == 5) {
      return method.equals("GET") ? "user-get" : "user-update";
    }
    if (path.equals("/api/v1/groups")) {
      return "groups";
    }
    if (path.startsWith("/api/v1/groups/") && segments.length == 5) {
      return "group-by-id";
    }
    return "other";
  }

  /** Counts one call; returns its headers, or null after adding none when over the limit. */
  Usage count(String bucket) {
    Instant now = state.now();
    long minute = now.getEpochSecond() / 60;
    OktaState.Window window = state.windows.computeIfAbsent(bucket, key -> new OktaState.Window());
    if (window.minute != minute) {
      window.minute = minute;
      window.used = 0;
    }
    int limit = state.rateLimits.getOrDefault(bucket, state.defaultRateLimit);
    boolean allowed = window.used < limit;
    if (allowed) {
      window.used++;
    }
    long reset = (minute + 1) * 60;
    return new Usage(limit, Math.max(0, limit - window.used), reset, allowed);
  }

  /**
   * A call over the org's concurrent-request limit: Okta then reports the concurrent limit in the
   * headers, limit and remaining both 0, and a reset that is only a suggestion.
   */
  static Usage concurrencyExceeded(Instant now) {
    return new Usage(0, 0, now.getEpochSecond() + 1, false);
  }

  /** The headers of one call and whether it may proceed. */
  record Usage(int limit, int remaining, long resetEpochSeconds, boolean allowed) {}
}
