package io.gatehouse.okta.internal;

import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.okta.OktaAuth;
import io.gatehouse.okta.OktaSettings;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one SDK client, built on first use and shared by all threads. When Okta rejects the
 * credential (401), the secret is invalidated and the client rebuilt once, which is how a rotated
 * token or key is picked up; a second 401 is final.
 */
final class ClientHolder {
  private static final Logger LOG = LoggerFactory.getLogger(ClientHolder.class);

  private final OktaSettings settings;
  private final SecretStore secrets;
  private ApiClient client;

  ClientHolder(OktaSettings settings, SecretStore secrets) {
    this.settings = settings;
    this.secrets = secrets;
  }

  /** Runs a call; on a 401 rebuilds the client from a fresh secret and runs it once more. */
  <T> T call(Function<ApiClient, T> action) {
    ApiClient current = current();
    try {
      return action.apply(current);
    } catch (ApiException e) {
      if (e.getCode() != 401) {
        throw e;
      }
      LOG.warn(
          "Okta rejected the credential from {}; reading it again once. If this repeats, check"
              + " that the token or key is valid and not revoked",
          secretRef());
      return action.apply(rebuild(current));
    }
  }

  private synchronized ApiClient current() {
    if (client == null) {
      client = OktaClients.build(settings, secrets);
    }
    return client;
  }

  private synchronized ApiClient rebuild(ApiClient failed) {
    if (client == failed) {
      secrets.invalidate(secretRef());
      client = OktaClients.build(settings, secrets);
    }
    return client;
  }

  private io.gatehouse.core.secret.SecretRef secretRef() {
    return settings.auth() instanceof OktaAuth.ApiToken token
        ? token.token()
        : ((OktaAuth.PrivateKey) settings.auth()).privateKey();
  }
}
