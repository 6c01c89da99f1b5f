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
 * @param catalog the request types Gatehouse handles
 */
public record ServiceSettings(JiraSettings jira, OktaSettings okta, Catalog catalog) {
  public ServiceSettings {
    Objects.requireNonNull(jira, "jira");
    Objects.requireNonNull(okta, "okta");
    Objects.requireNonNull(catalog, "catalog");
  }
}
