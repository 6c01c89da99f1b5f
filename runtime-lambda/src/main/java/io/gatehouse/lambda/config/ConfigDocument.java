package io.gatehouse.lambda.config;

import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.core.catalog.CatalogReader;
import io.gatehouse.core.config.ConfigProblems;
import io.gatehouse.core.config.ConfigSection;
import io.gatehouse.core.config.PlainDocument;
import io.gatehouse.jira.JiraSection;
import io.gatehouse.jira.JiraSettings;
import io.gatehouse.okta.OktaAuth;
import io.gatehouse.okta.OktaSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code GATEHOUSE_CONFIG}: the standalone runtime's YAML format (docs/configuration.md)
 * without its secrets, {@code server} and {@code storage}. The {@code jira} section and the request
 * types are read by the same readers as there. Secrets come from fields of the one Secrets Manager
 * secret instead, so a key that would hold one is refused with that hint. The variable holds the
 * document itself, or {@code file:PATH} naming a file in the image.
 */
final class ConfigDocument {
  static final String VARIABLE = "GATEHOUSE_CONFIG";

  private final ConfigProblems problems;

  ConfigDocument(ConfigProblems problems) {
    this.problems = problems;
  }

  /** The settings, or empty after noting every problem. */
  Optional<ServiceSettings> read(String text, String secretId) {
    Optional<Map<?, ?>> document = parse(text);
    if (document.isEmpty()) {
      return Optional.empty();
    }
    ConfigSection root = ConfigSection.root(document.get(), problems);
    root.onlyKeys(
        List.of("jira", "okta", "job", "requestTypes"),
        "not read by the Lambda functions (" + VARIABLE + ")");
    int before = problems.count();

    Optional<JiraSettings> jira = root.requiredSection("jira").flatMap(j -> jira(j, secretId));
    Optional<ConfigSection> oktaSection = root.requiredSection("okta");
    Optional<OktaSettings> okta = oktaSection.flatMap(o -> okta(o, secretId));
    int oktaBudget =
        oktaSection
            .map(
                o ->
                    o.integer(
                        "rateLimitPerMinute",
                        OktaSettings.DEFAULT_RATE_LIMIT_PER_MINUTE,
                        1,
                        OktaSettings.MAX_RATE_LIMIT_PER_MINUTE))
            .orElse(OktaSettings.DEFAULT_RATE_LIMIT_PER_MINUTE);
    Catalog catalog = CatalogReader.read(root);
    ConfigSection job = root.section("job");
    job.onlyKeys(List.of("concurrency"));
    int concurrency = job.integer("concurrency", ServiceSettings.DEFAULT_CONCURRENCY, 1, 64);

    if (problems.count() > before || jira.isEmpty() || okta.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ServiceSettings(jira.get(), okta.get(), oktaBudget, concurrency, catalog));
  }

  private Optional<Map<?, ?>> parse(String text) {
    String document = text;
    if (text.startsWith("file:")) {
      Path file = Path.of(text.substring("file:".length()));
      try {
        if (Files.size(file) > PlainDocument.MAX_CHARS) {
          problems.add(VARIABLE, "the file " + file + " " + PlainDocument.tooLarge());
          return Optional.empty();
        }
        document = Files.readString(file);
      } catch (IOException e) {
        problems.add(VARIABLE, "the file " + file + " cannot be read");
        return Optional.empty();
      }
    }
    try {
      return Optional.of(YamlDocument.read(document));
    } catch (PlainDocument.Unreadable e) {
      // Says why and where, never quoting the document, which may hold a pasted secret.
      problems.add(VARIABLE, e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<JiraSettings> jira(ConfigSection jira, String secretId) {
    jira.onlyKeys(
        JiraSection.KEYS,
        "unknown key (the API token comes from the secret's field "
            + SecretFields.JIRA_API_TOKEN
            + ")");
    return JiraSection.read(
        jira,
        Optional.of(secretId)
            .filter(id -> !id.isEmpty())
            .map(id -> SecretFields.ref(id, SecretFields.JIRA_API_TOKEN)));
  }

  private static Optional<OktaSettings> okta(ConfigSection okta, String secretId) {
    okta.onlyKeys(
        List.of("orgUrl", "oauth", "rateLimitPerMinute"),
        "unknown key (the credential comes from the secret's field "
            + SecretFields.OKTA_PRIVATE_KEY
            + " or "
            + SecretFields.OKTA_API_TOKEN
            + ")");
    Optional<URI> url = okta.url("orgUrl", true);
    Optional<String> orgUrlProblem = url.flatMap(OktaSettings::orgUrlProblem);
    orgUrlProblem.ifPresent(problem -> okta.problem("orgUrl", problem));
    Optional<OktaAuth> auth =
        okta.has("oauth")
            ? okta.optionalSection("oauth").flatMap(oauth -> oauth(oauth, secretId))
            : apiToken(secretId);
    if (url.isEmpty() || auth.isEmpty() || orgUrlProblem.isPresent()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OktaSettings.of(url.get(), auth.get()));
    } catch (IllegalArgumentException e) {
      okta.problemWithSection(e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<OktaAuth> apiToken(String secretId) {
    if (secretId.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new OktaAuth.ApiToken(SecretFields.ref(secretId, SecretFields.OKTA_API_TOKEN)));
  }

  private static Optional<OktaAuth> oauth(ConfigSection oauth, String secretId) {
    oauth.onlyKeys(
        List.of("clientId", "keyId", "scopes"),
        "unknown key (the private key comes from the secret's field "
            + SecretFields.OKTA_PRIVATE_KEY
            + ")");
    Optional<String> clientId = oauth.text("clientId", true);
    Optional<String> keyId = oauth.text("keyId", false);
    List<String> scopes = oauth.texts("scopes");
    scopes.stream()
        .filter(scope -> !scope.startsWith("okta."))
        .forEach(scope -> oauth.problem("scopes", "'" + scope + "' is not an Okta scope"));
    if (clientId.isEmpty() || secretId.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new OktaAuth.PrivateKey(
            clientId.get(),
            SecretFields.ref(secretId, SecretFields.OKTA_PRIVATE_KEY),
            keyId,
            scopes.isEmpty() ? OktaAuth.PrivateKey.DEFAULT_SCOPES : Set.copyOf(scopes)));
  }
}
