package io.gatehouse.http.config;

/**
 * The {@code job} section: how the main job runs.
 *
 * @param concurrency how many requests one run works on at once, at least one; one works through
 *     them in the desk's order on the calling thread
 */
public record JobConfig(int concurrency) {
  /** Enough to keep a 300-a-minute Okta budget busy at everyday latencies. */
  public static final int DEFAULT_CONCURRENCY = 4;

  public JobConfig {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
  }

  public static JobConfig defaults() {
    return new JobConfig(DEFAULT_CONCURRENCY);
  }
}
