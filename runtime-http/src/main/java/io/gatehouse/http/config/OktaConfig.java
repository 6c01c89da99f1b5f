package io.gatehouse.http.config;

import io.gatehouse.core.secret.SecretRef;
import io.gatehouse.okta.OktaSettings;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code okta} section: the org, how Gatehouse signs in (with an API token or as an OAuth 2.0
 * service app with a private key), and how many calls a minute it may make in each of Okta's
 * rate-limit buckets.
 */
public record OktaConfig(URI orgUrl, SecretRef apiToken, OAuth oauth, int rateLimitPerMinute) {
  /** The budget when {@code rateLimitPerMinute} is not set. */
  public static final int DEFAULT_RATE_LIMIT_PER_MINUTE =
      OktaSettings.DEFAULT_RATE_LIMIT_PER_MINUTE;

  public OktaConfig {
    Objects.requireNonNull(orgUrl, "orgUrl");
    if ((apiToken == null) == (oauth == null)) {
      throw new IllegalArgumentException("exactly one of apiToken and oauth is needed");
    }
    if (rateLimitPerMinute < 1) {
      throw new IllegalArgumentException("rateLimitPerMinute must be at least 1");
    }
  }

  /** A section with the default rate limit. */
  public OktaConfig(URI orgUrl, SecretRef apiToken, OAuth oauth) {
    this(orgUrl, apiToken, oauth, DEFAULT_RATE_LIMIT_PER_MINUTE);
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
