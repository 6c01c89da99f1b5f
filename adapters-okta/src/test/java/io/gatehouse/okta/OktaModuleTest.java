package io.gatehouse.okta;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.secret.SecretRef;
import io.gatehouse.testkit.okta.OktaSimulator;
import java.net.URI;
import org.junit.jupiter.api.Test;

class OktaModuleTest {

  @Test
  void module_bindsOneIdentityDirectoryThatReachesOkta() {
    SecretRef ref = SecretRef.parse("env:OKTA_API_TOKEN");
    try (OktaSimulator okta = OktaSimulator.start().addApiToken("00aModuleToken")) {
      OktaSettings settings =
          OktaSettings.of(URI.create(okta.baseUrl()), new OktaAuth.ApiToken(ref));
      Injector injector =
          Guice.createInjector(
              new OktaModule(settings),
              new AbstractModule() {
                @Override
                protected void configure() {
                  bind(SecretStore.class)
                      .toInstance(new MapSecretStore().put(ref, "00aModuleToken"));
                }
              });

      IdentityDirectory directory = injector.getInstance(IdentityDirectory.class);

      assertThat(injector.getInstance(IdentityDirectory.class)).isSameAs(directory);
      assertThat(directory.findUser("nobody@example.com")).isEmpty();
    }
  }
}
