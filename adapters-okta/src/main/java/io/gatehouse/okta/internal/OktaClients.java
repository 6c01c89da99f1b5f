package io.gatehouse.okta.internal;

import com.okta.sdk.authc.credentials.TokenClientCredentials;
import com.okta.sdk.cache.Caches;
import com.okta.sdk.client.AuthorizationMode;
import com.okta.sdk.client.ClientBuilder;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.client.ApiClient;
import io.gatehouse.core.port.DirectoryException;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.SecretUnavailableException;
import io.gatehouse.core.secret.Secret;
import io.gatehouse.okta.OktaAuth;
import io.gatehouse.okta.OktaSettings;

/** Builds the SDK client: no cache, explicit timeouts and retries, credentials from the store. */
final class OktaClients {
  private static final String HTTPS_CHECK = "okta.testing.disableHttpsCheck";

  private OktaClients() {}

  static ApiClient build(OktaSettings settings, SecretStore secrets) {
    ClientBuilder builder = builder(settings);
    builder
        .setOrgUrl(settings.orgUrl().toString())
        // Cached GETs would hide changes made by others for five minutes (and by tests).
        .setCacheManager(Caches.newDisabledCacheManager())
        .setConnectionTimeout((int) Math.max(1, settings.connectionTimeout().toSeconds()))
        // One retry layer only: OktaCalls. The SDK would resend a create after a 503.
        .setRetryMaxAttempts(0);

    if (settings.auth() instanceof OktaAuth.ApiToken token) {
      Secret value = secrets.read(token.token());
      builder.setClientCredentials(new TokenClientCredentials(value.reveal()));
      return builder.build();
    }
    OktaAuth.PrivateKey key = (OktaAuth.PrivateKey) settings.auth();
    String pem = PemKeys.normalise(secrets.read(key.privateKey()).reveal(), key.privateKey());
    builder
        .setAuthorizationMode(AuthorizationMode.PRIVATE_KEY)
        .setClientId(key.clientId())
        .setScopes(key.scopes())
        .setPrivateKey(pem);
    key.keyId().ifPresent(builder::setKid);
    try {
      // In this mode build() already asks the org for a token.
      return builder.build();
    } catch (RuntimeException e) {
      throw new DirectoryException(
          "Okta client "
              + key.clientId()
              + " with key from secret "
              + key.privateKey()
              + " could not get a token: "
              + e.getClass().getSimpleName(),
          false,
          e);
    }
  }

  /**
   * Fails at once, naming the secret reference, when the private key is in a form that can never
   * work (encrypted, JWK, not a key). A secret that cannot be read yet is left for the first call.
   */
  static void checkKey(OktaSettings settings, SecretStore secrets) {
    if (!(settings.auth() instanceof OktaAuth.PrivateKey key)) {
      return;
    }
    String raw;
    try {
      raw = secrets.read(key.privateKey()).reveal();
    } catch (SecretUnavailableException notYet) {
      return;
    }
    PemKeys.normalise(raw, key.privateKey());
  }

  /**
   * The SDK reads the https bypass once, in the builder's constructor, from a system property. It
   * is lifted only for a loopback http org and put back right after.
   */
  private static ClientBuilder builder(OktaSettings settings) {
    if (!settings.isLoopbackHttp()) {
      return Clients.builder();
    }
    synchronized (OktaClients.class) {
      String before = System.getProperty(HTTPS_CHECK);
      System.setProperty(HTTPS_CHECK, "true");
      try {
        return Clients.builder();
      } finally {
        if (before == null) {
          System.clearProperty(HTTPS_CHECK);
        } else {
          System.setProperty(HTTPS_CHECK, before);
        }
      }
    }
  }
}
