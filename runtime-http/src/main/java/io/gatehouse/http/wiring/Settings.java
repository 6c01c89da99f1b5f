package io.gatehouse.http.wiring;

import io.gatehouse.http.config.JiraConfig;
import io.gatehouse.http.config.OktaConfig;
import io.gatehouse.jira.JiraSettings;
import io.gatehouse.okta.OktaAuth;
import io.gatehouse.okta.OktaSettings;
import java.util.Optional;
import java.util.Set;

/** Turns the configuration file's sections into the adapters' own settings. */
final class Settings {
  private Settings() {}

  static JiraSettings jira(JiraConfig jira) {
    JiraSettings settings =
        JiraSettings.of(
            jira.baseUrl(),
            jira.serviceDeskId(),
            jira.email(),
            jira.apiToken(),
            jira.resolveTransition());
    if (!jira.resolveStatus().isEmpty()) {
      settings = settings.withResolveStatus(jira.resolveStatus());
    }
    if (!jira.resolution().isEmpty()) {
      settings = settings.withResolution(jira.resolution());
    }
    if (!jira.hiddenFields().isEmpty()) {
      settings = settings.withHiddenFields(jira.hiddenFields());
    }
    return settings;
  }

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
