package io.gatehouse.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.port.DirectoryException;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.secret.SecretRef;
import io.gatehouse.testkit.keys.Keys;
import io.gatehouse.testkit.okta.OktaSimulator;
import java.net.URI;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The directory as an OAuth 2.0 service app with an RSA key in PKCS#8. */
class PrivateKeyDirectoryTest extends IdentityDirectoryContract {
  static final String CLIENT_ID = "0oaSimulatedService1";
  static final SecretRef KEY_REF = SecretRef.parse("file:/run/secrets/okta.pem");
  static final Set<String> SCOPES =
      Set.of("okta.users.read", "okta.users.manage", "okta.groups.read", "okta.groups.manage");

  @Override
  IdentityDirectory connect(OktaSimulator okta) {
    KeyPair keys = Keys.rsa();
    okta.addOAuthClient(CLIENT_ID, keys.getPublic(), SCOPES);
    return OktaDirectories.create(
        settings(okta, SCOPES), new MapSecretStore().put(KEY_REF, Keys.pkcs8(keys)));
  }

  static OktaSettings settings(OktaSimulator okta, Set<String> scopes) {
    return new OktaSettings(
        URI.create(okta.baseUrl()),
        new OktaAuth.PrivateKey(CLIENT_ID, KEY_REF, Optional.of("kid-1"), scopes),
        Duration.ofSeconds(5),
        0);
  }

  @Test
  void missingScope_failsNotRetryableWithE0000006() {
    KeyPair keys = Keys.rsa();
    Set<String> usersOnly = Set.of("okta.users.read", "okta.users.manage");
    okta.addOAuthClient("0oaUsersOnly", keys.getPublic(), usersOnly);
    IdentityDirectory limited =
        OktaDirectories.create(
            new OktaSettings(
                URI.create(okta.baseUrl()),
                new OktaAuth.PrivateKey("0oaUsersOnly", KEY_REF, Optional.empty(), usersOnly),
                Duration.ofSeconds(5),
                0),
            new MapSecretStore().put(KEY_REF, Keys.pkcs8(keys)));

    assertThatThrownBy(() -> limited.findGroup("eng"))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.retryable()).isFalse();
              assertThat(e.getMessage()).contains("findGroup").contains("403").contains("E0000006");
            });
  }

  @Test
  void dpopRequiringApp_isServedWithDpopBoundTokens() {
    KeyPair keys = Keys.ec();
    okta.addOAuthClient("0oaDpopRequired", keys.getPublic(), SCOPES, true);
    IdentityDirectory bound =
        OktaDirectories.create(
            new OktaSettings(
                URI.create(okta.baseUrl()),
                new OktaAuth.PrivateKey("0oaDpopRequired", KEY_REF, Optional.empty(), SCOPES),
                Duration.ofSeconds(5),
                0),
            new MapSecretStore().put(KEY_REF, Keys.sec1(keys)));

    assertThat(bound.findUser("nobody@example.com")).isEmpty();
    assertThat(
            okta.requests("GET", "/api/v1/users/nobody@example.com").get(0).header("Authorization"))
        .contains("DPoP [redacted]");
  }
}
