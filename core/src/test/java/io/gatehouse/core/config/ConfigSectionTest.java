package io.gatehouse.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigSectionTest {
  private final ConfigProblems problems = new ConfigProblems();

  @Test
  void readers_giveTheValue_orTheFallbackWhenLeftOut() {
    ConfigSection job =
        root(Map.of("job", Map.of("concurrency", 8, "dryRun", true))).section("job");

    assertThat(job.integer("concurrency", 4, 1, 64)).isEqualTo(8);
    assertThat(job.integer("missing", 4, 1, 64)).isEqualTo(4);
    assertThat(job.bool("dryRun", false)).isTrue();
    assertThat(job.text("name", "main")).isEqualTo("main");
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void readers_noteEachWrongValue_withItsFullKey_andGoOn() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("port", "8080");
    values.put("workers", 3.5);
    values.put("big", new BigInteger("99999999999999999999"));
    values.put("enabled", "yes");
    values.put("name", List.of("a"));
    values.put("groups", List.of("a", " a ", Map.of()));
    ConfigSection server = root(Map.of("server", values)).section("server");

    server.integer("port", 1, 0, 65535);
    server.integer("workers", 1, 1, 64);
    server.integer("big", 1, 1, 64);
    server.bool("enabled", false);
    server.text("name", false);
    assertThat(server.texts("groups")).containsExactly("a");

    assertThat(problems.list())
        .containsExactly(
            "server.port: must be a whole number",
            "server.workers: must be a whole number",
            "server.big: must be between 1 and 64",
            "server.enabled: must be true or false",
            "server.name: must be a single value",
            "server.groups[1]: ' a ' is listed twice",
            "server.groups[2]: must be a non-empty value");
  }

  @Test
  void sections_keyEachItemByItsPlace_andNoteItemsThatAreNotSections() {
    ConfigSection document =
        root(Map.of("requestTypes", List.of(Map.of("id", "25"), "oops", Map.of("id", "26"))));

    List<ConfigSection> types = document.sections("requestTypes");

    assertThat(types)
        .extracting(ConfigSection::path)
        .containsExactly("requestTypes[0]", "requestTypes[2]");
    assertThat(problems.list()).containsExactly("requestTypes[1]: must be a section of keys");
  }

  @Test
  void section_thatIsLeftOut_yieldsEveryFallback_andOneThatIsNotAMap_isNoted() {
    ConfigSection document = root(Map.of("okta", "https://acme.okta.com"));

    assertThat(document.section("job").integer("concurrency", 4, 1, 64)).isEqualTo(4);
    assertThat(document.requiredSection("jira")).isEmpty();
    assertThat(document.optionalSection("okta")).isEmpty();
    assertThat(problems.list())
        .containsExactly("jira: is required", "okta: must be a section of keys");
  }

  @Test
  void onlyKeys_notesEveryUnknownKey_withTheKnownOnes() {
    root(Map.of("jira", Map.of(), "stroage", Map.of())).onlyKeys(List.of("jira", "storage"));

    assertThat(problems.list())
        .containsExactly("stroage: unknown key; known keys are jira, storage");
  }

  @Test
  void onlyKeys_saysWhenAnUnknownKeyHasALookAlikeCharacter() {
    root(Map.of("\u0456d", "25")).onlyKeys(List.of("id", "name"));

    assertThat(problems.list())
        .containsExactly(
            "\u0456d: unknown key (it has the character U+0456, which is not a plain ASCII"
                + " letter); known keys are id, name");
  }

  @Test
  void text_refusesInvisibleAndControlCharacters_namingThemWithoutTheValue() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("transition", "Resolve this issue\u200b");
    values.put("name", "\u202eevil");
    values.put("groups", List.of("vpn-users", "every\u0000one"));
    values.put("plain", "Caf\u00e9 \u7ecf\u7406");
    ConfigSection section = root(values);

    assertThat(section.text("transition", false)).isEmpty();
    assertThat(section.text("name", "fallback")).isEqualTo("fallback");
    assertThat(section.texts("groups")).containsExactly("vpn-users");
    assertThat(section.text("plain", false)).contains("Caf\u00e9 \u7ecf\u7406");
    assertThat(problems.list())
        .containsExactly(
            "transition: has the invisible or control character U+200B",
            "name: has the invisible or control character U+202E",
            "groups[1]: has the invisible or control character U+0000");
  }

  @Test
  void has_treatsNullAndBlankTextAsLeftOut() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("blank", "  ");
    values.put("none", null);
    values.put("zero", 0);
    ConfigSection section = root(values);

    assertThat(section.has("blank")).isFalse();
    assertThat(section.has("none")).isFalse();
    assertThat(section.has("zero")).isTrue();
    assertThat(section.names()).containsExactly("blank", "none", "zero");
  }

  @Test
  void url_acceptsHttps_andPlainHttpOnlyForLoopbackNamesWrittenExactly() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("site", "https://acme.atlassian.net/");
    values.put("local", "http://127.0.0.1:8089");
    values.put("lookalike", "http://127.0.0.1.nip.io");
    values.put("upper", "http://LOCALHOST:9000");
    values.put("withUser", "https://bot:pw@acme.atlassian.net");
    values.put("ftp", "ftp://acme.example");
    ConfigSection section = root(values);

    assertThat(section.url("site", true))
        .hasValueSatisfying(u -> assertThat(u).hasToString("https://acme.atlassian.net"));
    assertThat(section.url("local", true)).isPresent();
    assertThat(section.url("lookalike", true)).isEmpty();
    assertThat(section.url("upper", true)).isEmpty();
    assertThat(section.url("withUser", true)).isEmpty();
    assertThat(section.url("ftp", true)).isEmpty();
    assertThat(problems.list()).hasSize(4).allSatisfy(p -> assertThat(p).doesNotContain("pw"));
    assertThat(ConfigSection.isLoopback("[::1]")).isTrue();
    assertThat(ConfigSection.isLoopback("127.0.0.2")).isFalse();
  }

  private ConfigSection root(Map<String, ?> document) {
    return ConfigSection.root(document, problems);
  }
}
