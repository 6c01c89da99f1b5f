package io.gatehouse.http.config;

import io.gatehouse.core.secret.SecretRef;
import java.net.URI;
import java.util.Objects;

/**
 * The {@code jira} section: where the service desk is and how Gatehouse signs in to it.
 *
 * @param baseUrl the site, such as {@code https://acme.atlassian.net}
 * @param serviceDeskId the desk whose requests Gatehouse handles
 * @param email the agent account Gatehouse acts as
 * @param apiToken where that account's API token is kept
 * @param resolveTransition the name of the transition that resolves a provisioned request
 */
public record JiraConfig(
    URI baseUrl, String serviceDeskId, String email, SecretRef apiToken, String resolveTransition) {
  public JiraConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(serviceDeskId, "serviceDeskId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(apiToken, "apiToken");
    Objects.requireNonNull(resolveTransition, "resolveTransition");
  }
}
