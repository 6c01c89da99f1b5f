package io.gatehouse.lambda.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.catalog.RequestType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GATEHOUSE_CONFIG} that a YAML parser would settle silently in a way nobody meant: numbers
 * in YAML 1.1 spellings, words YAML 1.1 turns into booleans, aliases, tags, further documents, and
 * documents too large or too deep. Each is read as written or refused with its line, as the
 * standalone runtime does, and the document is never repeated.
 */
class HostileConfigDocumentTest {
  private static final String CONFIG =
      """
      jira:
        baseUrl: https://acme.atlassian.net
        serviceDeskId: "3"
        email: bot@acme.example
      okta:
        orgUrl: https://acme.okta.com
      requestTypes:
        - id: "25"
          action: onboard
          fields: {email: customfield_10071, firstName: customfield_10070, lastName: customfield_10069}
      """;

  @Test
  void idsWithALeadingZeroOrInAnotherBase_areRefused_notReadAsOctalOrHex() {
    String config =
        CONFIG.replace("serviceDeskId: \"3\"", "serviceDeskId: 010").replace("\"25\"", "025")
            + """
              - id: 0x1A
                action: offboard
                fields: {login: customfield_10080}
            """;

    assertThat(problems(config))
        .containsExactlyInAnyOrder(
            "jira.serviceDeskId: must be the numeric desk id, such as 3",
            "requestTypes[0].id: must be the numeric request type id",
            "requestTypes[1].id: must be the numeric request type id");
  }

  @Test
  void wordsYaml11ReadsAsBooleans_stayTheWordsWritten_andAreRefusedWhereTrueOrFalseBelongs() {
    RequestType type =
        LambdaSettings.worker(worker(CONFIG + "    defaultGroups: [NO, off]\n"))
            .services()
            .catalog()
            .find("25")
            .orElseThrow();

    assertThat(type.defaultGroups()).containsExactly("NO", "off");
    assertThat(problems(CONFIG + "    infrastructureStage: on\n"))
        .containsExactly("requestTypes[0].infrastructureStage: must be true or false");
  }

  @Test
  void anAlias_isRefused_ratherThanReadAsTheAnchorsName() {
    String config = CONFIG + "    allowedGroups: [&all everyone]\n    defaultGroups: [*all]\n";

    assertThat(problems(config))
        .singleElement()
        .asString()
        .startsWith("GATEHOUSE_CONFIG:")
        .contains("alias")
        .contains("line 12");
  }

  @Test
  void tagsAndFurtherDocuments_areRefused() {
    assertThat(problems(CONFIG + "    defaultGroups: [!!binary aGVsbG8=]\n"))
        .singleElement()
        .asString()
        .contains("tag");
    assertThat(problems(CONFIG + "---\nserver: {port: 1}\n"))
        .singleElement()
        .asString()
        .contains("more than one document");
  }

  @Test
  void aDocumentFarLargerThanAnyConfiguration_inAFile_isRefused(@TempDir Path folder)
      throws Exception {
    Path file =
        Files.writeString(
            folder.resolve("gatehouse.yaml"), CONFIG + "# " + "x".repeat(2 << 20) + "\n");

    assertThat(problems("file:" + file)).singleElement().asString().contains("larger than");
  }

  @Test
  void deepNesting_isRefused_withItsLine() {
    String config = CONFIG + "    profile: " + "[".repeat(300) + "]".repeat(300) + "\n";

    assertThat(problems(config)).singleElement().asString().contains("deep").contains("line 11");
  }

  @Test
  void brokenYaml_nearAPastedSecret_neverRepeatsIt() {
    String config = CONFIG.replace("email: bot@acme.example", "apiToken: \"s3cr3t-pasted");

    assertThat(problems(config))
        .singleElement()
        .asString()
        .startsWith("GATEHOUSE_CONFIG: is not valid YAML at line")
        .doesNotContain("s3cr3t");
  }

  private static List<String> problems(String config) {
    try {
      LambdaSettings.worker(worker(config));
    } catch (LambdaConfigException e) {
      assertThat(e.getMessage()).doesNotContain("s3cr3t");
      return e.problems();
    }
    throw new AssertionError("the configuration was accepted");
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
