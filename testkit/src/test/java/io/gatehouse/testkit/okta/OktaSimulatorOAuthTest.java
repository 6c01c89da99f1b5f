package io.gatehouse.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import io.gatehouse.testkit.keys.Keys;
import java.security.KeyPair;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OAuth 2.0 client credentials with private_key_jwt, driven by okta-sdk-java 24.0.0. */
class OktaSimulatorOAuthTest {
  private static final String CLIENT_ID = "0oasimulatedclient01";
  private static final Set<String> USERS_ONLY = Set.of("okta.users.read", "okta.users.manage");

  private OktaSimulator okta;

  @BeforeEach
  void startOkta() {
    okta = OktaSimulator.start();
  }

  @AfterEach
  void stopOkta() {
    okta.close();
  }

  @Test
  void rsaKey_getsBearerTokenAndReadsUsers() {
    KeyPair keys = Keys.rsa();
    okta.addOAuthClient(CLIENT_ID, keys.getPublic(), USERS_ONLY);
    String id = okta.addUser("ria.moon@example.com", "Ria", "Moon", OktaUserStatus.ACTIVE);

    ApiClient client = SdkClients.privateKey(okta, CLIENT_ID, Keys.pkcs8(keys), USERS_ONLY);
    String found = new UserApi(client).getUser("ria.moon@example.com", null, null).getId();

    assertThat(found).isEqualTo(id);
    RecordedRequest call = okta.requests("GET", "/api/v1/users/ria.moon@example.com").get(0);
    assertThat(call.header("Authorization")).contains("Bearer [redacted]");
    RecordedRequest token = okta.requests("POST", "/oauth2/v1/token").get(0);
    assertThat(token.status()).isEqualTo(200);
    assertThat(token.body()).isEmpty();
  }

  @Test
  void ecKey_getsTokenSignedWithEs256() {
    KeyPair keys = Keys.ec();
    okta.addOAuthClient(CLIENT_ID, keys.getPublic(), USERS_ONLY);

    ApiClient client = SdkClients.privateKey(okta, CLIENT_ID, Keys.pkcs8(keys), USERS_ONLY);

    assertThat(new UserApi(client).listUsers(null, null, null, null, null, null, null, null))
        .isEmpty();
  }

  @Test
  void missingScope_answers403E0000006() {
    KeyPair keys = Keys.rsa();
    okta.addOAuthClient(CLIENT_ID, keys.getPublic(), USERS_ONLY);
    ApiClient client = SdkClients.privateKey(okta, CLIENT_ID, Keys.pkcs8(keys), USERS_ONLY);

    assertThatThrownBy(
            () -> new GroupApi(client).listGroups(null, null, null, null, null, null, null, null))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo(403);
              assertThat(e.getResponseBody()).contains("E0000006");
            });
  }

  @Test
  void scopeNotGranted_failsTokenRequestWithInvalidScope() {
    KeyPair keys = Keys.rsa();
    okta.addOAuthClient(CLIENT_ID, keys.getPublic(), USERS_ONLY);
    Set<String> asked = Set.of("okta.users.read", "okta.groups.manage");

    assertThatThrownBy(() -> SdkClients.privateKey(okta, CLIENT_ID, Keys.pkcs8(keys), asked))
        .hasMessageContaining("invalid_scope");
  }

  @Test
  void assertionSignedWithAnotherKey_isRejectedAsInvalidClient() {
    okta.addOAuthClient(CLIENT_ID, Keys.rsa().getPublic(), USERS_ONLY);
    String otherKey = Keys.pkcs8(Keys.rsa());

    assertThatThrownBy(() -> SdkClients.privateKey(okta, CLIENT_ID, otherKey, USERS_ONLY))
        .isNotNull();
    RecordedRequest token = okta.requests("POST", "/oauth2/v1/token").get(0);
    assertThat(token.status()).isEqualTo(401);
    assertThat(token.responseBody().orElseThrow())
        .contains("\"error\":\"invalid_client\"")
        .contains("signature");
  }

  @Test
  void revokedAccessToken_answers401E0000011() {
    KeyPair keys = Keys.rsa();
    okta.addOAuthClient(CLIENT_ID, keys.getPublic(), USERS_ONLY);
    ApiClient client = SdkClients.privateKey(okta, CLIENT_ID, Keys.pkcs8(keys), USERS_ONLY);
    okta.revokeAccessTokens();

    assertThatThrownBy(() -> new UserApi(client).getUser("anyone@example.com", null, null))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo(401);
              assertThat(e.getResponseBody()).contains("E0000011");
            });
  }

  @Test
  void dpopRequiredClient_completesNonceHandshakeAndCallsWithDpopProofs() {
    KeyPair keys = Keys.rsa();
    okta.addOAuthClient(CLIENT_ID, keys.getPublic(), USERS_ONLY, true);
    okta.addUser("sam.ortiz@example.com", "Sam", "Ortiz", OktaUserStatus.ACTIVE);

    ApiClient client = SdkClients.privateKey(okta, CLIENT_ID, Keys.pkcs8(keys), USERS_ONLY);
    new UserApi(client).getUser("sam.ortiz@example.com", null, null);

    assertThat(okta.requests("POST", "/oauth2/v1/token"))
        .extracting(RecordedRequest::status)
        .containsExactly(400, 400, 200);
    RecordedRequest call = okta.requests("GET", "/api/v1/users/sam.ortiz@example.com").get(0);
    assertThat(call.status()).isEqualTo(200);
    assertThat(call.header("Authorization")).contains("DPoP [redacted]");
    assertThat(call.header("DPoP")).isPresent();
  }
}
