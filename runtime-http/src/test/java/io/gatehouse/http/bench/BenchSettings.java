package io.gatehouse.http.bench;

import java.time.Duration;

/**
 * What the throughput benchmark runs, from system properties so that the script can adjust it.
 *
 * @param requests approved onboarding requests added to the demo desk
 * @param limitPerMinute the Okta simulator's limit in every bucket
 * @param budgetPerMinute Gatehouse's own {@code okta.rateLimitPerMinute}
 * @param concurrency Gatehouse's {@code job.concurrency}
 * @param fastest the shortest Okta latency
 * @param slowest the longest Okta latency
 * @param baselineRequests requests in the one-at-a-time baseline; zero skips it
 */
record BenchSettings(
    int requests,
    int limitPerMinute,
    int budgetPerMinute,
    int concurrency,
    Duration fastest,
    Duration slowest,
    int baselineRequests) {

  static BenchSettings fromSystemProperties() {
    int limit = Integer.getInteger("bench.limitPerMinute", 1200);
    return new BenchSettings(
        Integer.getInteger("bench.requests", 500),
        limit,
        Integer.getInteger("bench.budgetPerMinute", limit * 98 / 100),
        Integer.getInteger("bench.concurrency", 12),
        Duration.ofMillis(Integer.getInteger("bench.latencyMinMillis", 80)),
        Duration.ofMillis(Integer.getInteger("bench.latencyMaxMillis", 150)),
        Integer.getInteger("bench.baselineRequests", 50));
  }

  String describe() {
    return String.format(
        "backlog %d approved onboarding requests; Okta latency %d-%d ms; Okta limit %d/min in"
            + " every bucket; Gatehouse budget %d/min per bucket; concurrency %d",
        requests,
        fastest.toMillis(),
        slowest.toMillis(),
        limitPerMinute,
        budgetPerMinute,
        concurrency);
  }
}
