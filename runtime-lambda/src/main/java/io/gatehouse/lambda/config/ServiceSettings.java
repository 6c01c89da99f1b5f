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
 * @param catalog the request types Gatehouse handles
 */
public record ServiceSettings(
    JiraSettings jira, OktaSettings okta, int oktaRateLimitPerMinute, Catalog catalog) {
  public ServiceSettings {
    Objects.requireNonNull(jira, "jira");
    Objects.requireNonNull(okta, "okta");
    Objects.requireNonNull(catalog, "catalog");
    if (oktaRateLimitPerMinute < 1) {
      throw new IllegalArgumentException("oktaRateLimitPerMinute must be at least 1");
    }
  }
}
