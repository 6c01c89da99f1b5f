package io.gatehouse.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.config.PlainDocument.Kind;
import io.gatehouse.core.config.PlainDocument.Token;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules every runtime reads a configuration document by, whichever parser it uses. */
class PlainDocumentTest {
  @Test
  void read_keepsValuesAsWritten() throws Exception {
    Map<Object, Object> document =
        Map.copyOf(
            PlainDocument.read(
                List.of(
                    token(Kind.START_MAP, ""),
                    token(Kind.KEY, "port"),
                    token(Kind.INTEGER, "8080"),
                    token(Kind.KEY, "id"),
                    token(Kind.INTEGER, "025"),
                    token(Kind.KEY, "big"),
                    token(Kind.INTEGER, "123456789012345678901234"),
                    token(Kind.KEY, "groups"),
                    token(Kind.START_LIST, ""),
                    token(Kind.BOOLEAN, "NO"),
                    token(Kind.BOOLEAN, "true"),
                    token(Kind.DECIMAL, "1e3"),
                    token(Kind.END_LIST, ""),
                    token(Kind.END_MAP, ""))));

    assertThat(document)
        .containsEntry("port", 8080)
        .containsEntry("id", "025")
        .containsEntry("big", new BigInteger("123456789012345678901234"))
        .containsEntry("groups", List.of("NO", true, "1e3"));
  }

  @Test
  void read_refusesAliasesTagsAndASecondDocument_eachWithItsLine() {
    assertThatThrownBy(
            () ->
                PlainDocument.read(
                    List.of(
                        token(Kind.START_MAP, ""),
                        token(Kind.KEY, "groups"),
                        new Token(Kind.TEXT, "everyone", 4, true, null),
                        token(Kind.END_MAP, ""))))
        .hasMessage(
            "uses an alias (*everyone); anchors and aliases are not read, so write the value out at line 4");
    assertThatThrownBy(
            () ->
                PlainDocument.read(
                    List.of(
                        token(Kind.START_MAP, ""),
                        token(Kind.KEY, "key"),
                        new Token(Kind.TEXT, "AAAA", 2, false, "tag:yaml.org,2002:binary"),
                        token(Kind.END_MAP, ""))))
        .hasMessage("has a tag such as !!binary, which is not read at line 2");
    assertThatThrownBy(
            () ->
                PlainDocument.read(
                    List.of(
                        token(Kind.START_MAP, ""),
                        token(Kind.END_MAP, ""),
                        new Token(Kind.START_MAP, "", 9, false, null),
                        token(Kind.END_MAP, ""))))
        .hasMessageStartingWith("holds more than one document")
        .hasMessageEndingWith("at line 9");
  }

  @Test
  void read_saysAnEmptyDocumentIsEmpty_andAListIsNotASectionMap() {
    assertThatThrownBy(() -> PlainDocument.read(List.of())).hasMessageStartingWith("is empty");
    assertThatThrownBy(
            () -> PlainDocument.read(List.of(token(Kind.START_LIST, ""), token(Kind.END_LIST, ""))))
        .hasMessageStartingWith("must be a YAML or JSON map of sections");
  }

  @Test
  void malformed_namesTheKeyGivenTwice_theTabAndTheDepth_butNeverRepeatsTheParser() {
    assertThat(PlainDocument.malformed("Duplicate field 'email'\n at [Source...]", 5, false, ""))
        .isEqualTo("gives the key 'email' twice in one section at line 5");
    assertThat(PlainDocument.malformed("found '\\t'", 2, false, "jira:\n  a: 1\n\tb: 2\n"))
        .isEqualTo(
            "is not valid YAML at line 2; line 3 is indented with a tab, which YAML does not"
                + " allow");
    assertThat(PlainDocument.malformed("near 'ATATT3x-secret'", 4, false, "x"))
        .isEqualTo("is not valid YAML at line 4");
    assertThat(PlainDocument.malformed("", 7, true, ""))
        .isEqualTo("nests deeper than 16 levels at line 7");
  }

  private static Token token(Kind kind, String text) {
    return new Token(kind, text, 1, false, null);
  }
}
