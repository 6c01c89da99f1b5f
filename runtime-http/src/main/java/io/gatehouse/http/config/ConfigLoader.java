package io.gatehouse.http.config;

import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.core.catalog.CatalogReader;
import io.gatehouse.core.config.ConfigProblems;
import io.gatehouse.core.config.ConfigSection;
import io.gatehouse.core.config.PlainDocument;
import io.gatehouse.core.secret.SecretRef;
import io.gatehouse.jira.JiraSection;
import io.gatehouse.jira.JiraSettings;
import io.gatehouse.okta.OktaAuth;
import io.gatehouse.okta.OktaSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates the YAML configuration file. Every problem is reported together, each with
 * its key; secrets are only ever references, and a value that looks inline is never echoed.
 */
public final class ConfigLoader {
  private static final Set<String> SECRET_SCHEMES = Set.of("env", "file");

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
    Map<?, ?> document;
    try {
      if (Files.size(file) > PlainDocument.MAX_CHARS) {
        // Refused before it is read: a file this large is not a configuration.
        throw new ConfigException(source, List.of(PlainDocument.tooLarge()));
      }
      document = YamlDocument.read(Files.readString(file));
    } catch (PlainDocument.Unreadable e) {
      throw new ConfigException(source, List.of(e.getMessage()));
    } catch (java.io.IOException e) {
      throw new ConfigException(source, List.of("cannot be read: " + e.getMessage()));
    }
    Path base = file.toAbsolutePath().getParent();
    return read(source, document, base);
  }

  GatehouseConfig read(String source, Map<?, ?> document, Path base) {
    ConfigProblems problems = new ConfigProblems();
    ConfigSection root = ConfigSection.root(document, problems);
    root.onlyKeys(List.of("jira", "okta", "server", "storage", "job", "requestTypes"));

    JiraSettings jira = root.requiredSection("jira").map(ConfigLoader::jira).orElse(null);
    OktaConfig okta = root.requiredSection("okta").map(ConfigLoader::okta).orElse(null);
    ServerConfig server = root.optionalSection("server").map(ConfigLoader::server).orElse(null);
    Path database = database(root.section("storage"), base);
    Catalog catalog = CatalogReader.read(root);
    JobConfig job = job(root.section("job"));

    if (!problems.isEmpty()) {
      throw new ConfigException(source, problems.list());
    }
    return new GatehouseConfig(jira, okta, server, database, catalog, job);
  }

  private static JiraSettings jira(ConfigSection jira) {
    List<String> keys = new ArrayList<>(JiraSection.KEYS);
    keys.add("apiToken");
    jira.onlyKeys(keys);
    return JiraSection.read(jira, secret(jira, "apiToken", true)).orElse(null);
  }

  private static OktaConfig okta(ConfigSection okta) {
    okta.onlyKeys(List.of("orgUrl", "apiToken", "oauth", "rateLimitPerMinute"));
    Optional<URI> url = okta.url("orgUrl", true);
    url.flatMap(OktaSettings::orgUrlProblem).ifPresent(problem -> okta.problem("orgUrl", problem));
    int rateLimit =
        okta.integer(
            "rateLimitPerMinute",
            OktaConfig.DEFAULT_RATE_LIMIT_PER_MINUTE,
            1,
            OktaSettings.MAX_RATE_LIMIT_PER_MINUTE);
    Optional<SecretRef> token = secret(okta, "apiToken", false);
    OktaConfig.OAuth oauth = okta.optionalSection("oauth").map(ConfigLoader::oauth).orElse(null);
    if (okta.has("apiToken") == okta.has("oauth")) {
      okta.problemWithSection("set exactly one of apiToken and oauth");
      return null;
    }
    if (url.isEmpty() || (token.isEmpty() && oauth == null)) {
      return null;
    }
    return new OktaConfig(url.get(), token.orElse(null), oauth, rateLimit);
  }

  private static OktaConfig.OAuth oauth(ConfigSection oauth) {
    oauth.onlyKeys(List.of("clientId", "privateKey", "keyId", "scopes"));
    Optional<String> clientId = oauth.text("clientId", true);
    Optional<SecretRef> key = secret(oauth, "privateKey", true);
    String keyId = oauth.text("keyId", "");
    List<String> scopes = oauth.texts("scopes");
    scopes.stream()
        .filter(scope -> !scope.startsWith("okta."))
        .forEach(scope -> oauth.problem("scopes", "'" + scope + "' is not an Okta scope"));
    if (clientId.isEmpty() || key.isEmpty()) {
      return null;
    }
    return new OktaConfig.OAuth(
        clientId.get(),
        key.get(),
        keyId,
        scopes.isEmpty() ? List.copyOf(OktaAuth.PrivateKey.DEFAULT_SCOPES) : scopes);
  }

  private static ServerConfig server(ConfigSection server) {
    server.onlyKeys(List.of("host", "port", "path", "apiKey", "apiKeyHeader"));
    String host = server.text("host", "127.0.0.1");
    int port = server.integer("port", 8080, 0, 65535);
    String path = server.text("path", "/webhook");
    if (!path.matches("/[A-Za-z0-9/_-]*")) {
      server.problem("path", "must be a path such as /webhook");
    }
    Optional<SecretRef> key = secret(server, "apiKey", true);
    String header = server.text("apiKeyHeader", "X-Gatehouse-Key");
    if (!header.matches("[A-Za-z0-9-]+")) {
      server.problem("apiKeyHeader", "must be a header name such as X-Gatehouse-Key");
    }
    return key.map(ref -> new ServerConfig(host, port, path, ref, header)).orElse(null);
  }

  private static JobConfig job(ConfigSection job) {
    job.onlyKeys(List.of("concurrency"));
    return new JobConfig(job.integer("concurrency", JobConfig.DEFAULT_CONCURRENCY, 1, 64));
  }

  private static Path database(ConfigSection storage, Path base) {
    storage.onlyKeys(List.of("database"));
    if (storage.names().contains("database") && !storage.has("database")) {
      storage.problem("database", "must name a file, or be left out");
    }
    return base.resolve(storage.text("database", "gatehouse.db")).normalize();
  }

  /**
   * What is wrong with a secret reference, in words that never repeat any of it: the value may be
   * the secret itself, pasted in by mistake.
   */
  private static Optional<String> secretReferenceProblem(String value) {
    if (value.startsWith("${") || value.startsWith("$")) {
      return Optional.of("variables are not expanded in this file; write env:VARIABLE to read one");
    }
    int colon = value.indexOf(':');
    String scheme = colon > 0 ? value.substring(0, colon) : "";
    String rest = colon > 0 ? value.substring(colon + 1) : "";
    if (scheme.equals("env") && !rest.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      return Optional.of(
          "env: takes a variable name of letters, digits and underscores, such as"
              + " env:JIRA_API_TOKEN");
    }
    if (scheme.equals("file") && rest.isBlank()) {
      return Optional.of("file: takes a path, such as file:/run/secrets/jira-token");
    }
    if (SECRET_SCHEMES.contains(scheme)) {
      return Optional.empty();
    }
    if (scheme.matches("[a-z][a-z0-9-]{1,15}") && !rest.isBlank()) {
      return Optional.of(
          "only env:VARIABLE and file:PATH references are read here; other secret stores are"
              + " not");
    }
    return Optional.of(
        "must be a secret reference such as env:VARIABLE or file:/path/to/file, not a value");
  }

  /**
   * A secret reference ({@code env:NAME} or {@code file:PATH}). An inline value is refused without
   * repeating it, since it may be the secret itself.
   */
  private static Optional<SecretRef> secret(ConfigSection section, String name, boolean required) {
    Optional<String> text = section.text(name, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String value = text.get();
    Optional<String> problem = secretReferenceProblem(value);
    if (problem.isPresent()) {
      section.problem(name, problem.get() + " (the value given is not shown)");
      return Optional.empty();
    }
    return Optional.of(SecretRef.parse(value));
  }
}
