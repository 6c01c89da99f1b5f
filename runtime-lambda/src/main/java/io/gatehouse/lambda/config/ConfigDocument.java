package io.gatehouse.lambda.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.jira.JiraSettings;
import io.gatehouse.okta.OktaAuth;
import io.gatehouse.okta.OktaSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code GATEHOUSE_CONFIG}: the standalone runtime's YAML format (docs/configuration.md)
 * without its secrets, {@code server} and {@code storage}. Secrets come from fields of the one
 * Secrets Manager secret instead, so a key that would hold one is refused with that hint. The
 * variable holds the document itself, or {@code file:PATH} naming a file in the image.
 */
final class ConfigDocument {
  static final String VARIABLE = "GATEHOUSE_CONFIG";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final List<String> OAUTH_SCOPES =
      List.of("okta.users.read", "okta.users.manage", "okta.groups.read", "okta.groups.manage");

  private final Yaml yaml;
  private final Problems problems;

  ConfigDocument(Problems problems) {
    this.problems = problems;
    this.yaml = new Yaml(problems);
  }

  /** The settings, or empty after noting every problem. */
  Optional<ServiceSettings> read(String text, String secretId) {
    JsonNode root = parse(text);
    if (root == null) {
      return Optional.empty();
    }
    yaml.onlyKeys(
        root,
        "",
        List.of("jira", "okta", "requestTypes"),
        "not read by the Lambda functions (" + VARIABLE + ")");
    int before = problems.count();

    JiraSettings jira = jira(yaml.section(root, "", "jira", true), secretId);
    OktaSettings okta = okta(yaml.section(root, "", "okta", true), secretId);
    Catalog catalog = new CatalogReader(yaml).read(root.get("requestTypes"), "requestTypes");

    if (problems.count() > before || jira == null || okta == null) {
      return Optional.empty();
    }
    return Optional.of(new ServiceSettings(jira, okta, catalog));
  }

  private JsonNode parse(String text) {
    String document = text;
    if (text.startsWith("file:")) {
      Path file = Path.of(text.substring("file:".length()));
      try {
        document = Files.readString(file);
      } catch (IOException e) {
        problems.add(VARIABLE, "the file " + file + " cannot be read");
        return null;
      }
    }
    try {
      JsonNode root = YAML.readTree(document);
      if (root == null || !root.isObject()) {
        problems.add(VARIABLE, "must be a YAML or JSON map with jira, okta and requestTypes");
        return null;
      }
      return root;
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.add(VARIABLE, "is not valid YAML at line " + line);
      return null;
    }
  }

  private JiraSettings jira(JsonNode node, String secretId) {
    if (node == null) {
      return null;
    }
    yaml.onlyKeys(
        node,
        "jira",
        List.of("baseUrl", "serviceDeskId", "email", "resolveTransition"),
        "unknown key (the API token comes from the secret's field "
            + SecretFields.JIRA_API_TOKEN
            + ")");
    Optional<URI> url = url(node, "jira", "baseUrl");
    Optional<String> desk = yaml.text(node, "jira", "serviceDeskId", true);
    Optional<String> email = yaml.text(node, "jira", "email", true);
    String transition = yaml.text(node, "jira", "resolveTransition", "Resolve this issue");
    if (url.isEmpty() || desk.isEmpty() || email.isEmpty() || secretId.isEmpty()) {
      return null;
    }
    try {
      return JiraSettings.of(
          url.get(),
          desk.get(),
          email.get(),
          SecretFields.ref(secretId, SecretFields.JIRA_API_TOKEN),
          transition);
    } catch (IllegalArgumentException e) {
      yaml.problem("jira", e.getMessage());
      return null;
    }
  }

  private OktaSettings okta(JsonNode node, String secretId) {
    if (node == null) {
      return null;
    }
    yaml.onlyKeys(
        node,
        "okta",
        List.of("orgUrl", "oauth"),
        "unknown key (the credential comes from the secret's field "
            + SecretFields.OKTA_PRIVATE_KEY
            + " or "
            + SecretFields.OKTA_API_TOKEN
            + ")");
    Optional<URI> url = url(node, "okta", "orgUrl");
    JsonNode oauth = yaml.section(node, "okta", "oauth", false);
    Optional<OktaAuth> auth = oauth == null ? apiToken(secretId) : oauth(oauth, secretId);
    if (url.isEmpty() || auth.isEmpty()) {
      return null;
    }
    try {
      return OktaSettings.of(url.get(), auth.get());
    } catch (IllegalArgumentException e) {
      yaml.problem("okta", e.getMessage());
      return null;
    }
  }

  private static Optional<OktaAuth> apiToken(String secretId) {
    if (secretId.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new OktaAuth.ApiToken(SecretFields.ref(secretId, SecretFields.OKTA_API_TOKEN)));
  }

  private Optional<OktaAuth> oauth(JsonNode node, String secretId) {
    String path = "okta.oauth";
    yaml.onlyKeys(
        node,
        path,
        List.of("clientId", "keyId", "scopes"),
        "unknown key (the private key comes from the secret's field "
            + SecretFields.OKTA_PRIVATE_KEY
            + ")");
    Optional<String> clientId = yaml.text(node, path, "clientId", true);
    Optional<String> keyId = yaml.text(node, path, "keyId", false);
    List<String> scopes = yaml.texts(node, path, "scopes");
    scopes.stream()
        .filter(scope -> !scope.startsWith("okta."))
        .forEach(scope -> yaml.problem(path + ".scopes", "'" + scope + "' is not an Okta scope"));
    if (clientId.isEmpty() || secretId.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new OktaAuth.PrivateKey(
            clientId.get(),
            SecretFields.ref(secretId, SecretFields.OKTA_PRIVATE_KEY),
            keyId,
            Set.copyOf(scopes.isEmpty() ? OAUTH_SCOPES : scopes)));
  }

  private Optional<URI> url(JsonNode node, String path, String name) {
    Optional<String> text = yaml.text(node, path, name, true);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(text.get());
      if (uri.getScheme() == null || uri.getHost() == null) {
        yaml.problem(path + "." + name, "must be an absolute https URL");
        return Optional.empty();
      }
      return Optional.of(uri);
    } catch (URISyntaxException e) {
      yaml.problem(path + "." + name, "is not a URL: " + e.getReason());
      return Optional.empty();
    }
  }
}
