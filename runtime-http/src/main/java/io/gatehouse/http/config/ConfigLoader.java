package io.gatehouse.http.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.core.secret.SecretRef;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads and validates the YAML configuration file. Every problem is reported together, each with
 * its key; secrets are only ever references, and a value that looks inline is never echoed.
 */
public final class ConfigLoader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Far above any bucket Okta sells: a figure higher still is a typo. */
  private static final int MAX_RATE_LIMIT_PER_MINUTE = 100_000;

  /**
   * Loads a configuration file.
   *
   * @throws ConfigException listing every problem, when the file is missing or wrong
   */
  public GatehouseConfig load(Path file) {
    String source = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(source, List.of("the file does not exist or is not a file"));
    }
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new ConfigException(
          source, List.of("is not valid YAML at line " + e.getLocation().getLineNr()));
    } catch (IOException e) {
      throw new ConfigException(source, List.of("cannot be read: " + e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new ConfigException(source, List.of("must be a YAML map of sections"));
    }
    Path base = file.toAbsolutePath().getParent();
    return read(source, root, base);
  }

  GatehouseConfig read(String source, JsonNode root, Path base) {
    ConfigReader reader = new ConfigReader();
    reader.onlyKeys(root, "", "jira", "okta", "server", "storage", "job", "requestTypes");

    JiraConfig jira = jira(reader, reader.section(root, "", "jira", true));
    OktaConfig okta = okta(reader, reader.section(root, "", "okta", true));
    ServerConfig server = server(reader, reader.section(root, "", "server", false));
    Path database = database(reader, reader.section(root, "", "storage", false), base);
    Catalog catalog = new CatalogSection(reader).read(root);
    JobConfig job = job(reader, reader.section(root, "", "job", false));

    if (!reader.problems().isEmpty()) {
      throw new ConfigException(source, reader.problems());
    }
    return new GatehouseConfig(jira, okta, server, database, catalog, job);
  }

  private static JiraConfig jira(ConfigReader reader, JsonNode node) {
    reader.onlyKeys(
        node,
        "jira",
        "baseUrl",
        "serviceDeskId",
        "email",
        "apiToken",
        "resolveTransition",
        "resolveStatus",
        "resolution",
        "hiddenFields");
    if (node == null) {
      return null;
    }
    Optional<URI> url = reader.url(node, "jira", "baseUrl", true);
    Optional<String> desk = reader.text(node, "jira", "serviceDeskId", true);
    desk.filter(id -> !id.matches("[0-9]+"))
        .ifPresent(id -> reader.problem("jira.serviceDeskId", "must be the numeric desk id"));
    Optional<String> email = reader.text(node, "jira", "email", true);
    email
        .filter(value -> !value.contains("@"))
        .ifPresent(value -> reader.problem("jira.email", "must be the agent account's e-mail"));
    Optional<SecretRef> token = reader.secret(node, "jira", "apiToken", true);
    String transition = reader.text(node, "jira", "resolveTransition", "Resolve this issue");
    if (node.has("resolveTransition") && node.get("resolveTransition").asText().isBlank()) {
      reader.problem("jira.resolveTransition", "must name a transition, or be left out");
    }
    String status = reader.text(node, "jira", "resolveStatus", "");
    String resolution = reader.text(node, "jira", "resolution", "");
    List<String> hidden = reader.texts(node, "jira", "hiddenFields");
    for (int i = 0; i < hidden.size(); i++) {
      if (!hidden.get(i).matches("customfield_[0-9]+")) {
        reader.problem(
            "jira.hiddenFields[" + i + "]",
            "'" + hidden.get(i) + "' is not a field id such as customfield_10055");
      }
    }
    if (url.isEmpty() || desk.isEmpty() || email.isEmpty() || token.isEmpty()) {
      return null;
    }
    return new JiraConfig(
        url.get(), desk.get(), email.get(), token.get(), transition, status, resolution, hidden);
  }

  private static OktaConfig okta(ConfigReader reader, JsonNode node) {
    reader.onlyKeys(node, "okta", "orgUrl", "apiToken", "oauth", "rateLimitPerMinute");
    if (node == null) {
      return null;
    }
    Optional<URI> url = reader.url(node, "okta", "orgUrl", true);
    int rateLimit =
        reader.integer(
            node,
            "okta",
            "rateLimitPerMinute",
            OktaConfig.DEFAULT_RATE_LIMIT_PER_MINUTE,
            1,
            MAX_RATE_LIMIT_PER_MINUTE);
    Optional<SecretRef> token = reader.secret(node, "okta", "apiToken", false);
    JsonNode oauthNode = reader.section(node, "okta", "oauth", false);
    OktaConfig.OAuth oauth = oauth(reader, oauthNode);
    if (node.hasNonNull("apiToken") == (oauthNode != null)) {
      reader.problem("okta", "set exactly one of apiToken and oauth");
      return null;
    }
    if (url.isEmpty() || (token.isEmpty() && oauth == null)) {
      return null;
    }
    return new OktaConfig(url.get(), token.orElse(null), oauth, rateLimit);
  }

  private static OktaConfig.OAuth oauth(ConfigReader reader, JsonNode node) {
    if (node == null) {
      return null;
    }
    String path = "okta.oauth";
    reader.onlyKeys(node, path, "clientId", "privateKey", "keyId", "scopes");
    Optional<String> clientId = reader.text(node, path, "clientId", true);
    Optional<SecretRef> key = reader.secret(node, path, "privateKey", true);
    String keyId = reader.text(node, path, "keyId", "");
    List<String> scopes = reader.texts(node, path, "scopes");
    if (scopes.isEmpty()) {
      scopes =
          List.of("okta.users.read", "okta.users.manage", "okta.groups.read", "okta.groups.manage");
    }
    scopes.stream()
        .filter(scope -> !scope.startsWith("okta."))
        .forEach(scope -> reader.problem(path + ".scopes", "'" + scope + "' is not an Okta scope"));
    if (clientId.isEmpty() || key.isEmpty()) {
      return null;
    }
    return new OktaConfig.OAuth(clientId.get(), key.get(), keyId, scopes);
  }

  private static ServerConfig server(ConfigReader reader, JsonNode node) {
    if (node == null) {
      return null;
    }
    reader.onlyKeys(node, "server", "host", "port", "path", "apiKey", "apiKeyHeader");
    String host = reader.text(node, "server", "host", "127.0.0.1");
    int port = reader.integer(node, "server", "port", 8080, 0, 65535);
    String path = reader.text(node, "server", "path", "/webhook");
    if (!path.matches("/[A-Za-z0-9/_-]*")) {
      reader.problem("server.path", "must be a path such as /webhook");
    }
    Optional<SecretRef> key = reader.secret(node, "server", "apiKey", true);
    String header = reader.text(node, "server", "apiKeyHeader", "X-Gatehouse-Key");
    if (!header.matches("[A-Za-z0-9-]+")) {
      reader.problem("server.apiKeyHeader", "must be a header name such as X-Gatehouse-Key");
    }
    return key.map(ref -> new ServerConfig(host, port, path, ref, header)).orElse(null);
  }

  private static JobConfig job(ConfigReader reader, JsonNode node) {
    reader.onlyKeys(node, "job", "concurrency");
    int concurrency =
        reader.integer(node, "job", "concurrency", JobConfig.DEFAULT_CONCURRENCY, 1, 64);
    return new JobConfig(concurrency);
  }

  private static Path database(ConfigReader reader, JsonNode node, Path base) {
    reader.onlyKeys(node, "storage", "database");
    if (node != null && node.has("database") && node.get("database").asText().isBlank()) {
      reader.problem("storage.database", "must name a file, or be left out");
    }
    String file = reader.text(node, "storage", "database", "gatehouse.db");
    return base.resolve(file).normalize();
  }
}
