package io.gatehouse.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnreadableDocumentTest {
  @Test
  void describe_namesTheKeyGivenTwice_andTheLine() {
    assertThat(UnreadableDocument.describe("Duplicate field 'email'\n at [Source: ...]", 5, ""))
        .isEqualTo("gives the key 'email' twice in one section at line 5");
  }

  @Test
  void describe_pointsAtATabUsedForIndentation() {
    String text = "jira:\n  baseUrl: https://a.example\n\tserviceDeskId: 3\n";

    assertThat(UnreadableDocument.describe("found character '\\t'", 2, text))
        .isEqualTo(
            "is not valid YAML at line 2; line 3 is indented with a tab, which YAML does not"
                + " allow");
  }

  @Test
  void describe_neverRepeatsTheParsersMessage_whichMayQuoteASecret() {
    assertThat(UnreadableDocument.describe("mapping values not allowed: 'ATATT3x-secret'", 4, "x"))
        .isEqualTo("is not valid YAML at line 4");
  }

  @Test
  void notAMap_tellsAnEmptyDocumentFromAList() {
    assertThat(UnreadableDocument.notAMap(null)).startsWith("is empty");
    assertThat(UnreadableDocument.notAMap(java.util.List.of())).startsWith("must be a YAML map");
  }
}
