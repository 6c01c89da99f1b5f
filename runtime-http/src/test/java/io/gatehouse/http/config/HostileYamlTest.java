package io.gatehouse.http.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.catalog.RequestType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML that a parser would settle silently in a way nobody meant: numbers in YAML 1.1 spellings,
 * words YAML 1.1 turns into booleans, aliases, tags, further documents, and documents too large or
 * too deep. Each is either read as written or refused with its line, never echoing the document.
 */
class HostileYamlTest {
  @TempDir Path dir;
  private final ConfigLoader loader = new ConfigLoader();

  @Test
  void idsWithALeadingZeroOrInAnotherBase_areRefused_notReadAsOctalOrHex() throws IOException {
    String yaml =
        minimal()
                .replace("serviceDeskId: \"3\"", "serviceDeskId: 010")
                .replace("- id: \"25\"", "- id: 025")
            + """
              - id: 0x1A
                action: onboard
                fields: {email: customfield_1, firstName: customfield_2, lastName: customfield_3}
              - id: "026"
                action: onboard
                fields: {email: customfield_1, firstName: customfield_2, lastName: customfield_3}
            """;

    assertThat(problems(yaml))
        .containsExactlyInAnyOrder(
            "jira.serviceDeskId: must be the numeric desk id, such as 3",
            "requestTypes[0].id: must be the numeric request type id",
            "requestTypes[1].id: must be the numeric request type id",
            "requestTypes[2].id: must be the numeric request type id");
  }

  @Test
  void numbersWrittenPlainly_areRead_asBefore() throws IOException {
    String yaml =
        minimal().replace("serviceDeskId: \"3\"", "serviceDeskId: 3").replace("\"25\"", "25")
            + "job:\n  concurrency: 8\n";

    GatehouseConfig config = loader.load(write(yaml));

    assertThat(config.jira().serviceDeskId()).isEqualTo("3");
    assertThat(config.catalog().find("25")).isPresent();
    assertThat(config.job().concurrency()).isEqualTo(8);
  }

  @Test
  void wordsYaml11ReadsAsBooleans_stayTheWordsWritten() throws IOException {
    String yaml =
        minimal() + "    defaultGroups: [NO, on, vpn-users]\n" + "    approval: {required: true}\n";

    RequestType type = loader.load(write(yaml)).catalog().find("25").orElseThrow();

    assertThat(type.defaultGroups()).containsExactly("NO", "on", "vpn-users");
  }

  @Test
  void yesAndNo_whereTrueOrFalseBelongs_areRefused() throws IOException {
    String yaml = minimal() + "    approval: {required: no}\n    infrastructureStage: yes\n";

    assertThat(problems(yaml))
        .containsExactlyInAnyOrder(
            "requestTypes[0].approval.required: must be true or false",
            "requestTypes[0].infrastructureStage: must be true or false");
  }

  @Test
  void anAlias_isRefused_ratherThanReadAsTheAnchorsName() throws IOException {
    String yaml =
        minimal()
            + "    allowedGroups: [&everyone everyone-acme, vpn-users]\n"
            + "    defaultGroups: [*everyone]\n";

    assertThat(problems(yaml)).singleElement().asString().contains("alias").contains("line 14");
  }

  @Test
  void tags_areRefused_butAnExplicitTextTagIsText() throws IOException {
    assertThat(problems(minimal() + "    defaultGroups: [!!binary aGVsbG8=]\n"))
        .singleElement()
        .asString()
        .contains("tag")
        .contains("line 13");
    assertThat(problems(minimal().replace("\"25\"", "!Ref MyType")))
        .singleElement()
        .asString()
        .contains("tag");
    assertThat(loader.load(write(minimal().replace("\"25\"", "!!str 25"))).catalog().find("25"))
        .isPresent();
  }

  @Test
  void aSecondDocument_isRefused_ratherThanIgnored() throws IOException {
    String yaml = minimal() + "---\nstorage:\n  database: other.db\n";

    assertThat(problems(yaml)).singleElement().asString().contains("more than one document");
  }

  @Test
  void anEmptyDocumentAfterTheFirst_isNothing() throws IOException {
    assertThat(loader.load(write("---\n" + minimal() + "---\n")).catalog().find("25")).isPresent();
  }

  @Test
  void aDocumentFarLargerThanAnyConfiguration_isRefusedBeforeItIsParsed() throws IOException {
    String yaml = minimal() + "# " + "x".repeat(2 << 20) + "\n";

    assertThat(problems(yaml)).singleElement().asString().contains("larger than");
  }

  @Test
  void deepNesting_isRefused_withItsLine() throws IOException {
    String yaml = minimal() + "    profile: " + "{a: ".repeat(200) + "b" + "}".repeat(200) + "\n";

    assertThat(problems(yaml)).singleElement().asString().contains("deep").contains("line 13");
  }

  @Test
  void brokenYaml_nearAPastedSecret_neverRepeatsIt() throws IOException {
    String yaml = minimal().replace("env:JIRA_TOKEN", "\"ATATT3xFfGF0-pasted-secret");

    assertThat(problems(yaml))
        .singleElement()
        .asString()
        .startsWith("is not valid YAML at line")
        .doesNotContain("ATATT3xFfGF0");
  }

  private List<String> problems(String yaml) throws IOException {
    Path file = write(yaml);
    try {
      loader.load(file);
    } catch (ConfigException e) {
      assertThat(e.getMessage()).doesNotContain("pasted-secret");
      return e.problems();
    }
    throw new AssertionError("the configuration was accepted");
  }

  private static String minimal() {
    return """
        jira:
          baseUrl: https://acme.atlassian.net
          serviceDeskId: "3"
          email: bot@acme.example
          apiToken: env:JIRA_TOKEN
        okta:
          orgUrl: https://acme.okta.com
          apiToken: file:okta-token
        requestTypes:
          - id: "25"
            action: onboard
            fields: {email: customfield_1, firstName: customfield_2, lastName: customfield_3}
        """;
  }

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("gatehouse.yaml");
    Files.writeString(file, yaml);
    return file;
  }
}
