package io.gatehouse.http.wiring;

import io.gatehouse.http.config.OktaConfig;
import io.gatehouse.okta.OktaAuth;
import io.gatehouse.okta.OktaSettings;
import java.util.Optional;
import java.util.Set;

/** Turns the configuration file's {@code okta} section into the adapter's own settings. */
final class Settings {
  private Settings() {}

  static OktaSettings okta(OktaConfig okta) {
    OktaAuth auth =
        okta.oAuth()
            .<OktaAuth>map(
                oauth ->
                    new OktaAuth.PrivateKey(
                        oauth.clientId(),
                        oauth.privateKey(),
                        Optional.of(oauth.keyId()).filter(id -> !id.isBlank()),
                        Set.copyOf(oauth.scopes())))
            .orElseGet(() -> new OktaAuth.ApiToken(okta.token().orElseThrow()));
    return OktaSettings.of(okta.orgUrl(), auth);
  }
}
