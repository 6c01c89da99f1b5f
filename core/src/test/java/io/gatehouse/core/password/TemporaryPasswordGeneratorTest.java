package io.gatehouse.core.password;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.secret.Secret;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemporaryPasswordGeneratorTest {
  private final TemporaryPasswordGenerator generator =
      new TemporaryPasswordGenerator(new SecureRandom());

  @Test
  void generate_givesAtLeastSixteenCharactersOfEveryClass() {
    for (int i = 0; i < 500; i++) {
      String password = generator.generate("sam.ortiz@example.com").reveal();

      assertThat(password).hasSizeGreaterThanOrEqualTo(16);
      assertThat(password).containsPattern("[A-Z]").containsPattern("[a-z]");
      assertThat(password).containsPattern("[0-9]").containsPattern("[^A-Za-z0-9]");
    }
  }

  @Test
  void generate_neverContainsFourCharactersOfTheLoginOrNames() {
    // A login made of the generator's own alphabet makes collisions likely if unchecked.
    String login = "abcdefghjkmnpqrs@example.com";

    for (int i = 0; i < 2000; i++) {
      String password = generator.generate(login, "Zoe", "Xavierson").reveal().toLowerCase();

      for (int start = 0; start + 4 <= login.length(); start++) {
        assertThat(password).doesNotContain(login.substring(start, start + 4));
      }
      assertThat(password).doesNotContain("xavi").doesNotContain("vier");
    }
  }

  @Test
  void containsNoPartOf_catchesAFourCharacterRunInAnyCase() {
    assertThat(
            TemporaryPasswordGenerator.containsNoPartOf(
                "x9ORTIz#".toCharArray(), List.of("sam.ortiz")))
        .isFalse();
    assertThat(
            TemporaryPasswordGenerator.containsNoPartOf(
                "x9ORT#iz".toCharArray(), List.of("sam.ortiz")))
        .isTrue();
  }

  @Test
  void generate_givesDifferentPasswordsEachTime() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seen.add(generator.generate("sam@example.com").reveal());
    }

    assertThat(seen).hasSize(1000);
  }

  @Test
  void secret_neverShowsItsValueAsText() {
    Secret password = generator.generate("sam@example.com");

    assertThat(password.toString()).isEqualTo("[redacted]");
    assertThat("password is " + password).doesNotContain(password.reveal());
  }
}
