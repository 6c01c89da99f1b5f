package io.gatehouse.okta;

import io.gatehouse.core.secret.SecretRef;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** How Gatehouse proves itself to Okta: an API token, or an OAuth 2.0 service app's key. */
public sealed interface OktaAuth {

  /**
   * An API token sent as {@code Authorization: SSWS …}; it acts with its creator's admin role.
   *
   * @param token where the token is kept
   */
  record ApiToken(SecretRef token) implements OktaAuth {
    public ApiToken {
      Objects.requireNonNull(token, "token");
    }
  }

  /**
   * OAuth 2.0 client credentials with a private_key_jwt client assertion. Tokens are fetched and
   * renewed by the SDK; DPoP is negotiated when the app requires it.
   *
   * @param clientId the service app's client id ({@code 0oa…})
   * @param privateKey where the PEM private key is kept: PKCS#1, PKCS#8 or EC, unencrypted
   * @param keyId the {@code kid} of the key registered on the app, when it has one
   * @param scopes the scopes to request, such as {@code okta.users.manage}
   */
  record PrivateKey(
      String clientId, SecretRef privateKey, Optional<String> keyId, Set<String> scopes)
      implements OktaAuth {
    /** What Gatehouse's calls need: reading and managing users and groups. */
    public static final Set<String> DEFAULT_SCOPES =
        Set.of("okta.users.read", "okta.users.manage", "okta.groups.read", "okta.groups.manage");

    public PrivateKey {
      Objects.requireNonNull(clientId, "clientId");
      Objects.requireNonNull(privateKey, "privateKey");
      Objects.requireNonNull(keyId, "keyId");
      scopes = Set.copyOf(scopes);
      if (clientId.isBlank()) {
        throw new IllegalArgumentException("okta client id is blank");
      }
      if (scopes.isEmpty()) {
        throw new IllegalArgumentException("okta scopes are empty; Okta grants no token without");
      }
    }
  }
}
