package io.gatehouse.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.directory.CreateUserResult;
import io.gatehouse.core.port.DirectoryException;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.secret.SecretRef;
import io.gatehouse.testkit.okta.Fault;
import io.gatehouse.testkit.okta.OktaSimulator;
import io.gatehouse.testkit.okta.OktaUserStatus;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The directory with an API token, plus what only a token shows: rotation and failures. */
class ApiTokenDirectoryTest extends IdentityDirectoryContract {
  static final SecretRef TOKEN_REF = SecretRef.parse("env:OKTA_API_TOKEN");
  static final String TOKEN = "00aSimulatedApiToken-1";

  final MapSecretStore secrets = new MapSecretStore().put(TOKEN_REF, TOKEN);

  @Override
  IdentityDirectory connect(OktaSimulator okta) {
    okta.addApiToken(TOKEN);
    return OktaDirectories.create(settings(okta, 0), secrets);
  }

  static OktaSettings settings(OktaSimulator okta, int maxRetries) {
    return new OktaSettings(
        URI.create(okta.baseUrl()),
        new OktaAuth.ApiToken(TOKEN_REF),
        Duration.ofSeconds(5),
        maxRetries);
  }

  @Test
  void rotatedToken_isReadAgainOnceAfterA401() {
    directory.findUser("warm.up@example.com");
    okta.revokeApiToken(TOKEN);
    okta.addApiToken("00aSimulatedApiToken-2");
    secrets.put(TOKEN_REF, "00aSimulatedApiToken-2");

    assertThat(directory.findUser("anyone@example.com")).isEmpty();
    assertThat(secrets.invalidated()).containsExactly(TOKEN_REF);
  }

  @Test
  void revokedToken_failsNotRetryableWithTheCodeAndWithoutTheToken() {
    directory.findUser("warm.up@example.com");
    okta.revokeApiToken(TOKEN);

    assertThatThrownBy(() -> directory.findUser("anyone@example.com"))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.retryable()).isFalse();
              assertThat(e.getMessage())
                  .contains("findUser")
                  .contains("E0000011")
                  .doesNotContain(TOKEN);
            });
    assertThat(secrets.invalidated()).containsExactly(TOKEN_REF);
  }

  @Test
  void loginTaken_isReadFromTheCausesNotFromTheSummary() {
    okta.addUser("ned.lowe@example.com", "Ned", "Lowe", OktaUserStatus.ACTIVE);
    okta.failNext(
        validationFault("Validation failed", "login: An object with this field already exists"), 1);

    var result = directory.createUser(newUser("ned.lowe"), Optional.of(PASSWORD));

    assertThat(result).isInstanceOf(CreateUserResult.LoginTaken.class);
  }

  @Test
  void loginSummaryWithAnotherCause_isRefusedNotTaken() {
    okta.failNext(
        validationFault("Api validation failed: login", "login: Does not match required pattern"),
        1);

    var result = directory.createUser(newUser("ola.berg"), Optional.of(PASSWORD));

    assertThat(result)
        .isEqualTo(new CreateUserResult.Refused("login: Does not match required pattern"));
  }

  private static Fault validationFault(String summary, String cause) {
    String body =
        "{\"errorCode\":\"E0000001\",\"errorSummary\":\""
            + summary
            + "\",\"errorLink\":\"E0000001\",\"errorId\":\"oaeFake\","
            + "\"errorCauses\":[{\"errorSummary\":\""
            + cause
            + "\"}]}";
    return new Fault("POST", "/api/v1/users", 400, body, Map.of(), false);
  }

  @Test
  void unreadableSecret_failsNamingTheReference() {
    IdentityDirectory unconfigured =
        OktaDirectories.create(settings(okta, 0), new MapSecretStore());

    assertThatThrownBy(() -> unconfigured.findUser("anyone@example.com"))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.retryable()).isFalse();
              assertThat(e.getMessage()).contains("findUser").contains(TOKEN_REF.toString());
            });
  }

  @Test
  void serviceUnavailable_failsRetryable() {
    okta.failNext(Fault.error("GET", "/api/v1/groups", 503, "E0000009", "Service unavailable"), 1);

    assertThatThrownBy(() -> directory.findGroup("eng"))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.retryable()).isTrue();
              assertThat(e.getMessage()).contains("findGroup").contains("503");
            });
  }

  @Test
  void rateLimitOutlastingRetries_failsRetryableWithE0000047() {
    okta.setRateLimit("users", 0);

    assertThatThrownBy(() -> directory.createUser(newUser("kai.moss"), Optional.of(PASSWORD)))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.retryable()).isTrue();
              assertThat(e.getMessage()).contains("createUser").contains("E0000047");
            });
    assertThat(okta.requests("POST", "/api/v1/users")).hasSize(1);
  }

  @Test
  void createAnswered503AfterCreating_isNotSentAgainButReadAndEndsInLoginTaken() {
    IdentityDirectory retrying = OktaDirectories.create(settings(okta, 1), secrets);
    okta.failNext(Fault.unavailableAfterHandling("POST", "/api/v1/users"), 1);

    var result = retrying.createUser(newUser("lea.fox"), Optional.of(PASSWORD));

    assertThat(result).isInstanceOf(CreateUserResult.LoginTaken.class);
    assertThat(okta.requests("POST", "/api/v1/users")).hasSize(1);
    assertThat(okta.requests("GET", "/api/v1/users/lea.fox@example.com")).hasSize(1);
  }
}
