package io.gatehouse.http.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.port.SecretUnavailableException;
import io.gatehouse.core.secret.SecretRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSecretStoreTest {
  private static final String VALUE = "s3cr3t-value-42";

  @TempDir Path folder;

  private LocalSecretStore store(Map<String, String> environment) {
    return new LocalSecretStore(environment, folder);
  }

  @Test
  void read_returnsEnvironmentVariable() {
    LocalSecretStore store = store(Map.of("JIRA_API_TOKEN", VALUE));

    assertThat(store.read(SecretRef.parse("env:JIRA_API_TOKEN")).reveal()).isEqualTo(VALUE);
  }

  @Test
  void read_refuses_whenVariableIsMissing() {
    LocalSecretStore store = store(Map.of());

    assertThatThrownBy(() -> store.read(SecretRef.parse("env:JIRA_API_TOKEN")))
        .isInstanceOf(SecretUnavailableException.class)
        .hasMessageContaining("env:JIRA_API_TOKEN");
  }

  @Test
  void read_refuses_whenVariableIsEmpty() {
    LocalSecretStore store = store(Map.of("JIRA_API_TOKEN", " "));

    assertThatThrownBy(() -> store.read(SecretRef.parse("env:JIRA_API_TOKEN")))
        .isInstanceOf(SecretUnavailableException.class)
        .hasMessageContaining("env:JIRA_API_TOKEN");
  }

  @Test
  void read_returnsFileContent_withoutTrailingNewline() throws Exception {
    Path file = Files.writeString(folder.resolve("token"), VALUE + "\n");

    assertThat(store(Map.of()).read(SecretRef.parse("file:" + file)).reveal()).isEqualTo(VALUE);
  }

  @Test
  void read_keepsInnerLineBreaks_ofAMultiLineKey() throws Exception {
    String pem = "-----BEGIN KEY-----\nabc\n-----END KEY-----";
    Files.writeString(folder.resolve("okta.pem"), pem + "\r\n");

    assertThat(store(Map.of()).read(SecretRef.parse("file:okta.pem")).reveal()).isEqualTo(pem);
  }

  @Test
  void read_resolvesRelativePaths_againstTheBaseFolder() throws Exception {
    Files.createDirectories(folder.resolve("secrets"));
    Files.writeString(folder.resolve("secrets/okta"), VALUE);

    assertThat(store(Map.of()).read(SecretRef.parse("file:secrets/okta")).reveal())
        .isEqualTo(VALUE);
  }

  @Test
  void read_refuses_whenFileIsMissing() {
    assertThatThrownBy(() -> store(Map.of()).read(SecretRef.parse("file:missing")))
        .isInstanceOf(SecretUnavailableException.class)
        .hasMessageContaining("file:missing");
  }

  @Test
  void read_refuses_whenFileIsEmpty() throws Exception {
    Files.writeString(folder.resolve("empty"), "\n");

    assertThatThrownBy(() -> store(Map.of()).read(SecretRef.parse("file:empty")))
        .isInstanceOf(SecretUnavailableException.class)
        .hasMessageContaining("file:empty");
  }

  @Test
  void read_refuses_whenPathIsAFolder() {
    assertThatThrownBy(() -> store(Map.of()).read(SecretRef.parse("file:.")))
        .isInstanceOf(SecretUnavailableException.class)
        .hasMessageContaining("file:.");
  }

  @Test
  void read_refuses_unknownScheme() {
    assertThatThrownBy(() -> store(Map.of()).read(SecretRef.parse("aws:gatehouse/prod#key")))
        .isInstanceOf(SecretUnavailableException.class)
        .hasMessageContaining("aws:gatehouse/prod#key");
  }

  @Test
  void read_refusesFileThatIsNotUtf8_withoutShowingItsContent() throws Exception {
    byte[] latin1 = {'s', (byte) 0xe9, 'c', 'r', '3', 't', '-', 'v', 'a', 'l', 'u', 'e'};
    Files.write(folder.resolve("latin1"), latin1);

    assertThatThrownBy(() -> store(Map.of()).read(SecretRef.parse("file:latin1")))
        .isInstanceOf(SecretUnavailableException.class)
        .hasMessageContaining("file:latin1")
        .hasMessageNotContaining("cr3t-value")
        .hasNoCause();
  }

  @Test
  void read_refusesBlankVariable_withoutShowingOtherValues() {
    LocalSecretStore store = store(Map.of("BLANK", "   ", "OTHER", VALUE));

    assertThatThrownBy(() -> store.read(SecretRef.parse("env:BLANK")))
        .isInstanceOf(SecretUnavailableException.class)
        .hasMessageNotContaining(VALUE)
        .hasNoCause();
  }
}
