package io.gatehouse.lambda.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.catalog.Action;
import io.gatehouse.core.catalog.ApprovalRule;
import io.gatehouse.core.catalog.RequestType;
import io.gatehouse.jira.JiraSettings;
import io.gatehouse.okta.OktaAuth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LambdaSettingsTest {
  private static final String CONFIG =
      """
      jira:
        baseUrl: https://acme.atlassian.net
        serviceDeskId: "3"
        email: bot@acme.example
      okta:
        orgUrl: https://acme.okta.com
        oauth:
          clientId: 0oa1b2c3d4e5f6g7h8i9
      requestTypes:
        - id: "25"
          action: onboard
          fields: {email: customfield_10071, firstName: customfield_10070, lastName: customfield_10069}
      """;

  @Test
  void worker_readsEverySetting_andPointsTheCredentialsAtFieldsOfTheSecret() {
    WorkerSettings settings = LambdaSettings.worker(worker(CONFIG));

    assertThat(settings.ledgerTable()).isEqualTo("gatehouse-ledger");
    assertThat(settings.auditTable()).isEqualTo("gatehouse-audit");
    assertThat(settings.atlantis().subnets()).containsExactly("subnet-0a1b2c3d4e5f60718");
    assertThat(settings.services().jira().apiToken())
        .hasToString("aws:gatehouse/prod#jiraApiToken");
    assertThat(settings.services().okta().auth())
        .isInstanceOfSatisfying(
            OktaAuth.PrivateKey.class,
            key -> assertThat(key.privateKey()).hasToString("aws:gatehouse/prod#oktaPrivateKey"));
    assertThat(settings.services().catalog().find("25")).isPresent();
  }

  @Test
  void worker_reportsEveryProblemAtOnce_eachWithItsKey() {
    Map<String, String> env =
        worker(CONFIG.replace("serviceDeskId: \"3\"", "apiToken: s3cr3t-inline-value"));
    env.remove("GATEHOUSE_LEDGER_TABLE");
    env.put("GATEHOUSE_AUDIT_TABLE", "gatehouse-ledger");
    env.put("GATEHOUSE_ECS_SUBNETS", "subnet-0a1b2c3d4e5f60718, public");
    env.put("AWS_REGION", "mars");

    assertThatThrownBy(() -> LambdaSettings.worker(env))
        .isInstanceOfSatisfying(
            LambdaConfigException.class,
            e ->
                assertThat(e.problems())
                    .anySatisfy(p -> assertThat(p).startsWith("AWS_REGION:"))
                    .anySatisfy(
                        p -> assertThat(p).startsWith("GATEHOUSE_LEDGER_TABLE: is required"))
                    .anySatisfy(p -> assertThat(p).startsWith("GATEHOUSE_ECS_SUBNETS: 'public'"))
                    .anySatisfy(
                        p -> assertThat(p).startsWith("jira.apiToken:").contains("jiraApiToken"))
                    .anySatisfy(p -> assertThat(p).startsWith("jira.serviceDeskId: is required")))
        .message()
        .doesNotContain("s3cr3t");
  }

  @Test
  void worker_refusesTheStandaloneRuntimesServerAndStorageSections() {
    String config = CONFIG + "server:\n  port: 8080\nstorage:\n  database: x.db\n";

    assertThatThrownBy(() -> LambdaSettings.worker(worker(config)))
        .hasMessageContaining("server: not read by the Lambda functions")
        .hasMessageContaining("storage: not read by the Lambda functions");
  }

  @Test
  void worker_readsTheDocumentFromAFileInTheImage(@TempDir Path folder) throws Exception {
    Path file = Files.writeString(folder.resolve("gatehouse.yaml"), CONFIG);

    WorkerSettings settings = LambdaSettings.worker(worker("file:" + file));

    assertThat(settings.services().jira().serviceDeskId()).isEqualTo("3");
  }

  @Test
  void exampleConfigurationInDeploy_isRead_withoutProblems() {
    Path example =
        Path.of(System.getProperty("gatehouse.repoRoot", ".."))
            .resolve("deploy/gatehouse.lambda.example.yaml");

    WorkerSettings settings = LambdaSettings.worker(worker("file:" + example));

    assertThat(settings.services().catalog().types())
        .extracting(RequestType::action)
        .containsExactly(
            Action.ONBOARD, Action.OFFBOARD, Action.GRANT_GROUPS, Action.RESET_PASSWORD);
    assertThat(settings.services().catalog().find("30").orElseThrow().approval())
        .isEqualTo(new ApprovalRule(true, 2, Set.of(), Set.of("it-managers", "security-team")));
  }

  @Test
  void worker_readsTheJiraSectionAsTheStandaloneRuntimeDoes() {
    String config =
        CONFIG.replace(
            "  email: bot@acme.example\n",
            "  email: bot@acme.example\n  resolveStatus: Resolved\n  resolution: Done\n"
                + "  hiddenFields: [customfield_10080]\n");

    JiraSettings jira = LambdaSettings.worker(worker(config)).services().jira();

    assertThat(jira.resolveStatus()).contains("Resolved");
    assertThat(jira.resolution()).contains("Done");
    assertThat(jira.hiddenFields()).containsExactly("customfield_10080");
  }

  @Test
  void worker_readsTheOktaBudget_orKeepsToHalfOfAPaidOrgsLimit() {
    String config =
        CONFIG.replace(
            "  orgUrl: https://acme.okta.com\n",
            "  orgUrl: https://acme.okta.com\n  rateLimitPerMinute: 1200\n");

    assertThat(LambdaSettings.worker(worker(config)).services().oktaRateLimitPerMinute())
        .isEqualTo(1200);
    assertThat(LambdaSettings.worker(worker(CONFIG)).services().oktaRateLimitPerMinute())
        .isEqualTo(300);
  }

  @Test
  void worker_notesAnOktaSectionThatIsNotASection_once() {
    String config =
        CONFIG.replace(
            "okta:\n  orgUrl: https://acme.okta.com\n  oauth:\n    clientId: 0oa1b2c3d4e5f6g7h8i9\n",
            "okta: https://acme.okta.com\n");

    assertThatThrownBy(() -> LambdaSettings.worker(worker(config)))
        .isInstanceOfSatisfying(
            LambdaConfigException.class,
            e -> assertThat(e.problems()).containsExactly("okta: must be a section of keys"));
  }

  @Test
  void worker_readsTheJobsConcurrency_asTheStandaloneRuntimeDoes() {
    assertThat(
            LambdaSettings.worker(worker(CONFIG + "job:\n  concurrency: 8\n"))
                .services()
                .concurrency())
        .isEqualTo(8);
    assertThat(LambdaSettings.worker(worker(CONFIG)).services().concurrency()).isEqualTo(4);
    assertThatThrownBy(() -> LambdaSettings.worker(worker(CONFIG + "job:\n  concurrency: 0\n")))
        .hasMessageContaining("job.concurrency: must be between 1 and 64");
  }

  @Test
  void worker_refusesAKeyGivenTwice_withoutRepeatingTheDocument() {
    String config =
        CONFIG.replace(
            "  email: bot@acme.example\n", "  email: bot@acme.example\n  email: s3cr3t\n");

    assertThatThrownBy(() -> LambdaSettings.worker(worker(config)))
        .hasMessageContaining(
            "GATEHOUSE_CONFIG: gives the key 'email' twice in one section at line 5")
        .message()
        .doesNotContain("s3cr3t");
  }

  @Test
  void worker_namesTheLineOfBrokenYaml() {
    assertThatThrownBy(() -> LambdaSettings.worker(worker("jira: [unclosed\nokta: x")))
        .hasMessageContaining("GATEHOUSE_CONFIG: is not valid YAML at line");
  }

  @Test
  void automation_needsOnlyTheRegionAndTheWorkerFunction() {
    assertThatThrownBy(() -> LambdaSettings.automation(Map.of()))
        .isInstanceOfSatisfying(
            LambdaConfigException.class,
            e ->
                assertThat(e.problems())
                    .hasSize(2)
                    .anySatisfy(p -> assertThat(p).startsWith("AWS_REGION"))
                    .anySatisfy(p -> assertThat(p).startsWith("GATEHOUSE_WORKER_FUNCTION")));
  }

  @Test
  void alert_needsTheRegionAndTheSecret() {
    AlertSettings settings =
        LambdaSettings.alert(
            Map.of("AWS_REGION", "eu-west-1", "GATEHOUSE_SECRET_ID", "gatehouse/prod"));

    assertThat(settings.secretId()).isEqualTo("gatehouse/prod");
  }

  private static Map<String, String> worker(String config) {
    Map<String, String> env = new HashMap<>();
    env.put("AWS_REGION", "eu-west-1");
    env.put("GATEHOUSE_SECRET_ID", "gatehouse/prod");
    env.put("GATEHOUSE_LEDGER_TABLE", "gatehouse-ledger");
    env.put("GATEHOUSE_AUDIT_TABLE", "gatehouse-audit");
    env.put("GATEHOUSE_ECS_CLUSTER", "gatehouse");
    env.put("GATEHOUSE_ECS_TASK_DEFINITION", "gatehouse-atlantis");
    env.put("GATEHOUSE_ECS_SUBNETS", "subnet-0a1b2c3d4e5f60718");
    env.put("GATEHOUSE_ECS_SECURITY_GROUPS", "sg-0a1b2c3d4e5f60718");
    env.put("GATEHOUSE_ECS_CONTAINER", "atlantis");
    env.put("GATEHOUSE_CONFIG", config);
    return env;
  }
}
