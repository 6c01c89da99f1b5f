package io.gatehouse.http.config;

import io.gatehouse.core.secret.SecretRef;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code okta} section: the org and how Gatehouse signs in, with an API token or as an OAuth
 * 2.0 service app with a private key.
 */
public record OktaConfig(URI orgUrl, SecretRef apiToken, OAuth oauth) {
  public OktaConfig {
    Objects.requireNonNull(orgUrl, "orgUrl");
    if ((apiToken == null) == (oauth == null)) {
      throw new IllegalArgumentException("exactly one of apiToken and oauth is needed");
    }
  }

  public Optional<SecretRef> token() {
    return Optional.ofNullable(apiToken);
  }

  public Optional<OAuth> oAuth() {
    return Optional.ofNullable(oauth);
  }

  /**
   * An OAuth 2.0 service app.
   *
   * @param clientId the app's client id
   * @param privateKey where its PEM private key is kept
   * @param keyId the key id registered with the app, or empty
   * @param scopes the scopes to ask for
   */
  public record OAuth(String clientId, SecretRef privateKey, String keyId, List<String> scopes) {
    public OAuth {
      Objects.requireNonNull(clientId, "clientId");
      Objects.requireNonNull(privateKey, "privateKey");
      keyId = keyId == null ? "" : keyId;
      scopes = List.copyOf(scopes);
    }
  }
}
