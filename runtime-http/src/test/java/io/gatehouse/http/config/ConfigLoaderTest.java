package io.gatehouse.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.catalog.RequestType;
import io.gatehouse.core.catalog.Role;
import io.gatehouse.core.directory.CredentialDelivery;
import io.gatehouse.core.secret.SecretRef;
import io.gatehouse.jira.JiraSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;
  private final ConfigLoader loader = new ConfigLoader();

  @Test
  void load_readsTheCheckedInExample() {
    Path example = repoRoot().resolve("config/gatehouse.example.yaml");

    GatehouseConfig config = loader.load(example);

    assertThat(config.jira().apiToken()).isEqualTo(SecretRef.parse("env:GATEHOUSE_JIRA_API_TOKEN"));
    assertThat(config.okta().oAuth()).isPresent();
    assertThat(config.webhook()).isPresent();
    assertThat(config.database()).isEqualTo(example.getParent().resolve("gatehouse.db"));
    RequestType newEmployee = config.catalog().find("25").orElseThrow();
    assertThat(newEmployee.fieldFor(Role.EMAIL)).contains("customfield_10071");
    assertThat(newEmployee.profileFields()).containsEntry("department", "customfield_10072");
    assertThat(config.catalog().find("26").orElseThrow().credentialDelivery())
        .isEqualTo(CredentialDelivery.ACTIVATION_EMAIL);
  }

  @Test
  void load_reportsEveryProblemAtOnce_eachWithItsKey() throws IOException {
    Path file =
        write(
            """
            jira:
              baseUrl: http://acme.atlassian.net
              serviceDeskId: desk-three
              email: gatehouse-bot@acme.example
              apiToken: ATATT3xFfGF0-inline-token-value
            okta:
              orgUrl: https://acme.okta.com
            requestTypes:
              - id: "25"
                action: onbaord
                fields:
                  email: Work e-mail
            """);

    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .anySatisfy(p -> assertThat(p).startsWith("jira.baseUrl: must use https"))
                    .anySatisfy(p -> assertThat(p).startsWith("jira.serviceDeskId:"))
                    .anySatisfy(p -> assertThat(p).startsWith("jira.apiToken: must be a secret"))
                    .anySatisfy(p -> assertThat(p).startsWith("okta: set exactly one"))
                    .anySatisfy(p -> assertThat(p).startsWith("requestTypes[0].action:"))
                    .anySatisfy(p -> assertThat(p).startsWith("requestTypes[0].fields.email:"))
                    .anySatisfy(p -> assertThat(p).startsWith("requestTypes[0].fields.firstName:")))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("inline-token-value"));
  }

  @Test
  void load_acceptsPlainHttp_forLoopbackHostsOnly() throws IOException {
    Path file = write(minimal("http://127.0.0.1:8089", "http://localhost:9000"));

    GatehouseConfig config = loader.load(file);

    assertThat(config.jira().siteUrl().toString()).isEqualTo("http://127.0.0.1:8089");
  }

  @Test
  void load_refusesUnknownKeys_whichAreUsuallyTypos() throws IOException {
    Path file = write(minimal("https://a.example", "https://b.example") + "stroage:\n  x: 1\n");

    assertThatThrownBy(() -> loader.load(file)).hasMessageContaining("stroage: unknown key");
  }

  @Test
  void load_refusesAnEnvReference_thatIsNotAVariableName_withoutEchoingIt() throws IOException {
    Path file =
        write(
            minimal("https://a.example", "https://b.example")
                .replace("env:JIRA_TOKEN", "\"env:ATATT3xFfGF0-pasted-token=9f8e\""));

    assertThatThrownBy(() -> loader.load(file))
        .hasMessageContaining("jira.apiToken: env: takes a variable name")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("ATATT3xFfGF0"));
  }

  @Test
  void load_saysWhatIsWrongWithASecretReference_withoutRepeatingIt() throws IOException {
    Path file =
        write(
            minimal("https://a.example", "https://b.example")
                .replace("env:JIRA_TOKEN", "\"${JIRA_TOKEN_x1}\"")
                .replace("file:okta-token", "vault:secret/okta_x2"));

    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .containsExactlyInAnyOrder(
                        "jira.apiToken: variables are not expanded in this file; write"
                            + " env:VARIABLE to read one (the value given is not shown)",
                        "okta.apiToken: only env:VARIABLE and file:PATH references are read"
                            + " here; other secret stores are not (the value given is not"
                            + " shown)"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("_x1").doesNotContain("_x2"));
  }

  @Test
  void load_reportsEachMistakeOnce_andValuesThatAreEmptyOnPurpose() throws IOException {
    Path file =
        write(
            minimal("https://a.example", "https://b.example")
                    .replace("email: customfield_1", "email: Work e-mail")
                    .replace("apiToken: file:okta-token", "apiToken: okta-token-value")
                    .replace(
                        "apiToken: env:JIRA_TOKEN",
                        "apiToken: env:JIRA_TOKEN\n  resolveTransition: \"\"")
                + "    allowedEmailDomains: [\"not a domain\"]\nstorage:\n  database: \"\"\n");

    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .containsExactlyInAnyOrder(
                        "jira.resolveTransition: must name a transition, or be left out",
                        "okta.apiToken: must be a secret reference such as env:VARIABLE or"
                            + " file:/path/to/file, not a value (the value given is not shown)",
                        "storage.database: must name a file, or be left out",
                        "requestTypes[0].fields.email: 'Work e-mail' is not a field id; use ids"
                            + " such as customfield_10071, never labels",
                        "requestTypes[0].allowedEmailDomains[0]: 'not a domain' is not a domain"
                            + " name such as acme.example"));
  }

  @Test
  void load_defaultsTheOktaBudgetAndTheJobsConcurrency() throws IOException {
    Path file = write(minimal("https://a.example", "https://b.example"));

    GatehouseConfig config = loader.load(file);

    assertThat(config.okta().rateLimitPerMinute()).isEqualTo(300);
    assertThat(config.job().concurrency()).isEqualTo(4);
  }

  @Test
  void load_readsTheOktaBudgetAndTheJobsConcurrency() throws IOException {
    String yaml =
        minimal("https://a.example", "https://b.example")
                .replace(
                    "  apiToken: file:okta-token\n",
                    "  apiToken: file:okta-token\n  rateLimitPerMinute: 1200\n")
            + "job:\n  concurrency: 16\n";
    Path file = write(yaml);

    GatehouseConfig config = loader.load(file);

    assertThat(config.okta().rateLimitPerMinute()).isEqualTo(1200);
    assertThat(config.job().concurrency()).isEqualTo(16);
  }

  @Test
  void load_refusesABudgetOrConcurrencyBelowOne() throws IOException {
    String yaml =
        minimal("https://a.example", "https://b.example")
                .replace(
                    "  apiToken: file:okta-token\n",
                    "  apiToken: file:okta-token\n  rateLimitPerMinute: 0\n")
            + "job:\n  concurrency: 0\n";
    Path file = write(yaml);

    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .contains(
                        "okta.rateLimitPerMinute: must be between 1 and 100000",
                        "job.concurrency: must be between 1 and 64"));
  }

  @Test
  void load_readsHowRequestsAreResolved_andWhichHiddenFieldsToRead() throws IOException {
    Path file =
        write(
            minimal("https://a.example", "https://b.example")
                .replace(
                    "apiToken: env:JIRA_TOKEN",
                    "apiToken: env:JIRA_TOKEN\n  resolveStatus: Resolved\n  resolution: Done\n"
                        + "  hiddenFields: [customfield_10055]"));

    JiraSettings jira = loader.load(file).jira();

    assertThat(jira.resolveStatus()).contains("Resolved");
    assertThat(jira.resolution()).contains("Done");
    assertThat(jira.hiddenFields()).containsExactly("customfield_10055");
  }

  @Test
  void load_refusesAKeyGivenTwice_insteadOfLettingTheLastOneWin() throws IOException {
    Path file =
        write(
            minimal("https://a.example", "https://b.example")
                .replace("  email: bot@acme.example\n", "  email: bot@acme.example\n  email: x\n"));

    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .containsExactly("gives the key 'email' twice in one section at line 5"));
  }

  @Test
  void load_refusesAPortalPageOrAnAdminConsole_whereTheSiteOrOrgBelongs() throws IOException {
    Path file =
        write(
            minimal(
                "https://acme.atlassian.net/servicedesk/customer/portal/3",
                "https://acme-admin.okta.com"));

    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .containsExactlyInAnyOrder(
                        "jira.baseUrl: is the address of a page or of the API; give the site URL,"
                            + " such as https://acme.atlassian.net",
                        "okta.orgUrl: is the Admin Console's address; use the org URL without"
                            + " -admin, such as https://acme.okta.com"));
  }

  @Test
  void load_acceptsADataCenterSitesContextPath() throws IOException {
    Path file = write(minimal("https://jira.acme.example/jira", "https://acme.okta.com"));

    assertThat(loader.load(file).jira().siteUrl()).hasToString("https://jira.acme.example/jira");
  }

  @Test
  void load_namesAMissingFile() {
    assertThatThrownBy(() -> loader.load(dir.resolve("nope.yaml")))
        .hasMessageContaining("nope.yaml")
        .hasMessageContaining("does not exist");
  }

  private static String minimal(String jiraUrl, String oktaUrl) {
    return """
        jira:
          baseUrl: %s
          serviceDeskId: "3"
          email: bot@acme.example
          apiToken: env:JIRA_TOKEN
        okta:
          orgUrl: %s
          apiToken: file:okta-token
        requestTypes:
          - id: "25"
            action: onboard
            fields: {email: customfield_1, firstName: customfield_2, lastName: customfield_3}
        """
        .formatted(jiraUrl, oktaUrl);
  }

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("gatehouse.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  static Path repoRoot() {
    String property = System.getProperty("gatehouse.repoRoot");
    Path start = property != null ? Path.of(property) : Path.of("").toAbsolutePath();
    for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve(".mvn"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root above " + start);
  }
}
