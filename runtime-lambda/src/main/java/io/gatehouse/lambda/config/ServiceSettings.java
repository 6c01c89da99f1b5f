package io.gatehouse.lambda.config;

import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.jira.JiraSettings;
import io.gatehouse.okta.OktaSettings;
import java.util.Objects;

/**
 * The non-secret configuration document, read: how to reach Jira and Okta, and the request types.
 *
 * @param jira the service desk, its token a reference into the secret
 * @param okta the identity directory, its credential a reference into the secret
 * @param oktaRateLimitPerMinute the calls a minute the worker keeps to in each of Okta's rate-limit
 *     buckets ({@code okta.rateLimitPerMinute})
 * @param concurrency how many requests one run works on at once ({@code job.concurrency})
 * @param catalog the request types Gatehouse handles
 */
public record ServiceSettings(
    JiraSettings jira,
    OktaSettings okta,
    int oktaRateLimitPerMinute,
    int concurrency,
    Catalog catalog) {
  /** As in the standalone runtime: enough to keep a 300-a-minute Okta budget busy. */
  public static final int DEFAULT_CONCURRENCY = 4;

  public ServiceSettings {
    Objects.requireNonNull(jira, "jira");
    Objects.requireNonNull(okta, "okta");
    Objects.requireNonNull(catalog, "catalog");
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    if (oktaRateLimitPerMinute < 1) {
      throw new IllegalArgumentException("oktaRateLimitPerMinute must be at least 1");
    }
  }
}
