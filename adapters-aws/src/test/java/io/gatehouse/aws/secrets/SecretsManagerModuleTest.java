package io.gatehouse.aws.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.gatehouse.aws.AwsConnection;
import io.gatehouse.aws.testing.TestAws;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.secret.SecretRef;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SecretsManagerModuleTest {

  @Test
  void module_bindsOneSecretStore_readingFromTheConfiguredEndpoint() {
    try (FakeSecretsManager fake = new FakeSecretsManager()) {
      fake.putString("gatehouse/prod", "{\"oktaClientId\":\"0oaFAKE\"}");
      SecretsManagerSettings settings =
          new SecretsManagerSettings(
              TestAws.connection(fake.server().endpoint()), Duration.ofMinutes(5));

      Injector injector =
          Guice.createInjector(new SecretsManagerModule(settings, TestAws.credentials()));
      SecretStore store = injector.getInstance(SecretStore.class);

      assertThat(store).isSameAs(injector.getInstance(SecretStore.class));
      assertThat(store.read(SecretRef.parse("aws:gatehouse/prod#oktaClientId")).reveal())
          .isEqualTo("0oaFAKE");
      assertThat(fake.server().signatureProblems()).isEmpty();
    }
  }

  @Test
  void settings_reportEveryProblem_withItsKey() {
    AwsConnection broken =
        new AwsConnection("Europe", URI.create("http://example.com"), Duration.ZERO, null);

    assertThatThrownBy(() -> new SecretsManagerSettings(broken, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aws.secretsManager.region")
        .hasMessageContaining("aws.secretsManager.endpoint")
        .hasMessageContaining("aws.secretsManager.connectTimeout")
        .hasMessageContaining("aws.secretsManager.callTimeout")
        .hasMessageContaining("aws.secretsManager.cacheTtl");
  }

  @Test
  void settings_withDefaults_useThePublicEndpoint() {
    SecretsManagerSettings settings = SecretsManagerSettings.of("eu-west-1");

    assertThat(settings.connection().endpointOverride()).isEmpty();
    assertThat(settings.cacheTtl()).isEqualTo(Duration.ofMinutes(15));
  }
}
