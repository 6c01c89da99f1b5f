package io.gatehouse.aws.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.port.SecretUnavailableException;
import io.gatehouse.core.secret.SecretRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** BC-23: a secret in another shape than expected loads the same or fails naming id and field. */
class SecretShapesBC23Test {
  private static final String BODY =
      "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKjMzEfYyjiWA4R4/M2bS1GB4t7NXp9"
          + "8C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvuNMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s+CL"
          + "OyS56YyCFGeJZ";
  private static final String PEM =
      "-----BEGIN PRIVATE KEY-----\n"
          + BODY.substring(0, 64)
          + "\n"
          + BODY.substring(64, 128)
          + "\n"
          + BODY.substring(128, 192)
          + "\n"
          + "-----END PRIVATE KEY-----\n";
  private static final String DOCUMENT =
      "{\"jiraEmail\":\"svc-okta-bot@example.com\",\"jiraApiToken\":\"ATATT-FAKE\","
          + "\"oktaOrgUrl\":\"https://example.okta.com\",\"oktaClientId\":\"0oaFAKE\","
          + "\"oktaPrivateKey\":%s,"
          + "\"slackWebhookUrl\":\"https://hooks.slack.com/services/T000/B000/FAKE\"}";

  private final FakeSecretsManager fake = new FakeSecretsManager();
  private final SecretsManagerSecretStore store =
      StoreFixture.store(fake, new MutableClock(Instant.parse("2026-03-01T09:00:00Z")));

  @AfterEach
  void stop() {
    assertThat(fake.server().signatureProblems()).isEmpty();
    fake.close();
  }

  @Test
  void read_loadsTheSameValues_fromSecretStringAndSecretBinary() {
    String json = document(PEM);
    fake.putString("gatehouse/a", json);
    fake.putBinary("gatehouse/b", json.getBytes(StandardCharsets.UTF_8));

    for (String field : new String[] {"jiraApiToken", "oktaClientId", "oktaPrivateKey"}) {
      assertThat(store.read(ref("gatehouse/a#" + field)))
          .isEqualTo(store.read(ref("gatehouse/b#" + field)));
    }
    assertThat(store.read(ref("gatehouse/b#jiraApiToken")).reveal()).isEqualTo("ATATT-FAKE");
    assertThat(store.read(ref("gatehouse/b#oktaPrivateKey")).reveal()).isEqualTo(PEM);
  }

  @Test
  void read_restoresPemLineBreaks_whenTheyBecameSpaces() {
    fake.putString("gatehouse/prod", document(quoted(PEM.replace('\n', ' '))));

    assertThat(store.read(ref("gatehouse/prod#oktaPrivateKey")).reveal()).isEqualTo(PEM);
  }

  @Test
  void read_restoresPemLineBreaks_whenTheyWereEscapedTwice() {
    fake.putString("gatehouse/prod", document(quoted(PEM.replace("\n", "\\n"))));

    assertThat(store.read(ref("gatehouse/prod#oktaPrivateKey")).reveal()).isEqualTo(PEM);
  }

  @Test
  void read_rejectsAPemWhoseBodyIsNotBase64_namingTheField() {
    fake.putString(
        "gatehouse/prod", document(quoted(PEM.replace(BODY.substring(0, 8), "not*b64!"))));

    assertThatThrownBy(() -> store.read(ref("gatehouse/prod#oktaPrivateKey")))
        .isInstanceOf(SecretUnavailableException.class)
        .hasMessageContaining("oktaPrivateKey is not a valid PEM")
        .hasMessageNotContaining(BODY.substring(8, 40));
  }

  @Test
  void read_namesSecretAndField_whenAFieldIsMissing() {
    fake.putString(
        "gatehouse/prod", document(quoted(PEM)).replace(",\"oktaClientId\":\"0oaFAKE\"", ""));

    assertThatThrownBy(() -> store.read(ref("gatehouse/prod#oktaClientId")))
        .isInstanceOf(SecretUnavailableException.class)
        .hasMessageContaining("secret gatehouse/prod missing field oktaClientId")
        .hasMessageNotContaining("ATATT-FAKE")
        .hasMessageNotContaining("BEGIN");
  }

  @Test
  void read_expectsAJsonObject_whenAFieldIsAskedOfABarePem() {
    fake.putString("gatehouse/key", PEM);

    assertThatThrownBy(() -> store.read(ref("gatehouse/key#oktaPrivateKey")))
        .isInstanceOf(SecretUnavailableException.class)
        .hasMessageContaining("expected to hold a JSON object with the field oktaPrivateKey")
        .hasMessageNotContaining(BODY.substring(0, 20))
        .hasNoCause();
  }

  @Test
  void read_returnsTheWholeSecret_whenNoFieldIsNamed() {
    fake.putString("gatehouse/key", PEM.replace('\n', ' '));

    assertThat(store.read(ref("gatehouse/key")).reveal()).isEqualTo(PEM);
  }

  @Test
  void read_keepsNonAsciiText() {
    fake.putBinary(
        "gatehouse/prod", "{\"greeting\":\"Grüße, Zoë Ünal\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(store.read(ref("gatehouse/prod#greeting")).reveal()).isEqualTo("Grüße, Zoë Ünal");
  }

  @Test
  void read_rejectsBinaryThatIsNotUtf8() {
    fake.putBinary("gatehouse/raw", new byte[] {(byte) 0xC3, (byte) 0x28, 0x41});

    assertThatThrownBy(() -> store.read(ref("gatehouse/raw#x")))
        .isInstanceOf(SecretUnavailableException.class)
        .hasMessageContaining("gatehouse/raw is binary and not UTF-8 text");
  }

  @Test
  void read_namesTheSecret_whenItDoesNotExist() {
    assertThatThrownBy(() -> store.read(ref("gatehouse/none#jiraApiToken")))
        .isInstanceOf(SecretUnavailableException.class)
        .hasMessageContaining("no AWSCURRENT version of secret gatehouse/none")
        .hasMessageContaining("aws:gatehouse/none#jiraApiToken");
  }

  @Test
  void read_rejectsAnEmptyField() {
    fake.putString("gatehouse/prod", "{\"jiraApiToken\":\"  \"}");

    assertThatThrownBy(() -> store.read(ref("gatehouse/prod#jiraApiToken")))
        .isInstanceOf(SecretUnavailableException.class)
        .hasMessageContaining("secret gatehouse/prod has an empty jiraApiToken");
  }

  @Test
  void read_refusesOtherSchemes() {
    assertThatThrownBy(() -> store.read(SecretRef.parse("env:JIRA_API_TOKEN")))
        .isInstanceOf(SecretUnavailableException.class)
        .hasMessageContaining("reads only aws:secret-id#field references");
    assertThat(fake.getSecretValueCalls()).isEmpty();
  }

  @Test
  void read_asksForTheCurrentStageOnly() {
    fake.putString("gatehouse/prod", document(quoted(PEM)));

    store.read(ref("gatehouse/prod#jiraEmail"));

    assertThat(fake.getSecretValueCalls())
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.path("SecretId").asText()).isEqualTo("gatehouse/prod");
              assertThat(call.path("VersionStage").asText()).isEqualTo("AWSCURRENT");
              assertThat(call.has("VersionId")).isFalse();
            });
  }

  private static SecretRef ref(String name) {
    return new SecretRef("aws", name);
  }

  private static String document(String pemJson) {
    return String.format(DOCUMENT, pemJson.startsWith("\"") ? pemJson : quoted(pemJson));
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\n", "\\n") + "\"";
  }
}
