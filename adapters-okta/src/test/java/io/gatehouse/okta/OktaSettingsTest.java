package io.gatehouse.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.secret.SecretRef;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OktaSettingsTest {
  private static final OktaAuth TOKEN = new OktaAuth.ApiToken(SecretRef.parse("env:OKTA_TOKEN"));

  @Test
  void settings_reportEveryProblemTogetherWithItsKey() {
    assertThatThrownBy(
            () ->
                new OktaSettings(
                    URI.create("http://acme.okta.com"), TOKEN, Duration.ofMillis(500), -1))
        .hasMessageContaining("okta.orgUrl must be https")
        .hasMessageContaining("okta.connectionTimeout")
        .hasMessageContaining("okta.maxRetries");
  }

  @Test
  void settings_allowPlainHttpOnlyOnLoopback() {
    OktaSettings local = OktaSettings.of(URI.create("http://127.0.0.1:8080/"), TOKEN);

    assertThat(local.isLoopbackHttp()).isTrue();
    assertThat(local.orgUrl()).isEqualTo(URI.create("http://127.0.0.1:8080"));
    assertThat(OktaSettings.of(URI.create("https://acme.okta.com"), TOKEN).isLoopbackHttp())
        .isFalse();
  }

  @Test
  void privateKey_requiresScopesAndAClientId() {
    SecretRef key = SecretRef.parse("file:/run/secrets/okta.pem");

    assertThatThrownBy(() -> new OktaAuth.PrivateKey("0oa1", key, Optional.empty(), Set.of()))
        .hasMessageContaining("scopes");
    assertThatThrownBy(
            () -> new OktaAuth.PrivateKey(" ", key, Optional.empty(), Set.of("okta.users.read")))
        .hasMessageContaining("client id");
  }
}
