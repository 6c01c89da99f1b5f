package io.gatehouse.http.config;

import io.gatehouse.core.secret.SecretRef;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The {@code jira} section: where the service desk is and how Gatehouse signs in to it.
 *
 * @param baseUrl the site, such as {@code https://acme.atlassian.net}
 * @param serviceDeskId the desk whose requests Gatehouse handles
 * @param email the agent account Gatehouse acts as
 * @param apiToken where that account's API token is kept
 * @param resolveTransition the name of the transition that resolves a provisioned request
 * @param resolveStatus the status a resolving transition leads to, when chosen by target; empty
 *     when not configured
 * @param resolution the resolution to set when the transition's screen requires one; empty when not
 *     configured
 * @param hiddenFields field ids hidden from the portal, read through the platform issue API
 */
public record JiraConfig(
    URI baseUrl,
    String serviceDeskId,
    String email,
    SecretRef apiToken,
    String resolveTransition,
    String resolveStatus,
    String resolution,
    List<String> hiddenFields) {
  public JiraConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(serviceDeskId, "serviceDeskId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(apiToken, "apiToken");
    Objects.requireNonNull(resolveTransition, "resolveTransition");
    resolveStatus = resolveStatus == null ? "" : resolveStatus;
    resolution = resolution == null ? "" : resolution;
    hiddenFields = List.copyOf(hiddenFields);
  }

  public JiraConfig(
      URI baseUrl,
      String serviceDeskId,
      String email,
      SecretRef apiToken,
      String resolveTransition) {
    this(baseUrl, serviceDeskId, email, apiToken, resolveTransition, "", "", List.of());
  }
}
