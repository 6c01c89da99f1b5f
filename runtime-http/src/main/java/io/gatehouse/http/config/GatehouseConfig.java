package io.gatehouse.http.config;

import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.core.secret.SecretRef;
import io.gatehouse.jira.JiraSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole configuration file, validated.
 *
 * @param jira the service desk
 * @param okta the identity directory
 * @param server the webhook server, needed by {@code serve} only
 * @param database the embedded database file holding the ledger and the audit trail
 * @param catalog the request types Gatehouse handles
 * @param job how the main job runs
 */
public record GatehouseConfig(
    JiraSettings jira,
    OktaConfig okta,
    ServerConfig server,
    Path database,
    Catalog catalog,
    JobConfig job) {
  public GatehouseConfig {
    Objects.requireNonNull(jira, "jira");
    Objects.requireNonNull(okta, "okta");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(job, "job");
  }

  /** A configuration whose job runs with the defaults. */
  public GatehouseConfig(
      JiraSettings jira, OktaConfig okta, ServerConfig server, Path database, Catalog catalog) {
    this(jira, okta, server, database, catalog, JobConfig.defaults());
  }

  public Optional<ServerConfig> webhook() {
    return Optional.ofNullable(server);
  }

  /** Every secret the configuration refers to, by the key that names it. */
  public Map<String, SecretRef> secretReferences() {
    Map<String, SecretRef> refs = new LinkedHashMap<>();
    refs.put("jira.apiToken", jira.apiToken());
    okta.token().ifPresent(ref -> refs.put("okta.apiToken", ref));
    okta.oAuth().ifPresent(oauth -> refs.put("okta.oauth.privateKey", oauth.privateKey()));
    webhook().ifPresent(webhook -> refs.put("server.apiKey", webhook.apiKey()));
    return refs;
  }
}
