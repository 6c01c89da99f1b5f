package io.gatehouse.http.bench;

import io.gatehouse.testkit.okta.OktaSimulator;
import io.gatehouse.testkit.okta.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Okta calls one run made, by rate-limit bucket, and the floor their limit sets: the busiest
 * bucket's calls divided by its allowed rate. No client can finish sooner without a 429.
 */
record OktaCalls(Map<String, Integer> byBucket, int throttled, int throttledThenAnswered) {

  static OktaCalls of(List<RecordedRequest> requests) {
    Map<String, Integer> byBucket = new TreeMap<>();
    int throttled = 0;
    int answered = 0;
    for (int i = 0; i < requests.size(); i++) {
      RecordedRequest request = requests.get(i);
      if (request.status() == 429) {
        throttled++;
        if (answeredLater(request, requests.subList(i + 1, requests.size()))) {
          answered++;
        }
        continue;
      }
      byBucket.merge(OktaSimulator.bucketOf(request), 1, Integer::sum);
    }
    return new OktaCalls(byBucket, throttled, answered);
  }

  /** A throttled call was handled when the same call was answered after it. */
  private static boolean answeredLater(RecordedRequest throttled, List<RecordedRequest> later) {
    return later.stream()
        .anyMatch(
            r ->
                r.status() != 429
                    && r.method().equals(throttled.method())
                    && r.path().equals(throttled.path())
                    && r.query().equals(throttled.query()));
  }

  int total() {
    return byBucket.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The bucket that sets the floor. */
  String busiest() {
    return byBucket.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse("none");
  }

  Duration floor(int limitPerMinute) {
    int calls = byBucket.getOrDefault(busiest(), 0);
    return Duration.ofMillis(Math.round(calls * 60_000.0 / limitPerMinute));
  }
}
