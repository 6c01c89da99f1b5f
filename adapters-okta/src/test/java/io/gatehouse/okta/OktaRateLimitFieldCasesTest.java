package io.gatehouse.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.directory.CreateUserResult;
import io.gatehouse.core.port.DirectoryException;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.okta.internal.OktaIdentityDirectory;
import io.gatehouse.testkit.keys.Keys;
import io.gatehouse.testkit.okta.Fault;
import io.gatehouse.testkit.okta.RecordedRequest;
import java.net.URI;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Field cases BC-10 (Okta rate limits) and BC-15 (DPoP), and the one retry layer. */
class OktaRateLimitFieldCasesTest extends OktaTestBase {

  @Test
  void bc10_waitsForTheResetMeasuredAgainstDate_whenTheHeaderComesTwice() {
    okta.sendRateLimitResetTwice(true);
    long reset = Instant.now().getEpochSecond() + 15;
    okta.failNext(Fault.rateLimited("POST", "/api/v1/users", reset), 1);

    CreateUserResult result = createKai();

    assertThat(result).isInstanceOf(CreateUserResult.Created.class);
    List<RecordedRequest> creates = okta.requests("POST", "/api/v1/users");
    assertThat(creates).extracting(RecordedRequest::status).containsExactly(429, 200);
    // Reset minus the answer's Date plus a second; the local clock (an hour behind) plays no part.
    assertThat(sleeper.waits())
        .singleElement()
        .satisfies(
            wait -> assertThat(wait).isBetween(Duration.ofSeconds(14), Duration.ofSeconds(16)));
  }

  @Test
  void bc10_concurrentLimitAnswer_backsOffShortlyWithJitter_notUntilTheSuggestedReset() {
    long reset = Instant.now().getEpochSecond() + 50;
    okta.failNext(Fault.concurrencyLimited("POST", "/api/v1/users", reset), 1);

    CreateUserResult result = createKai();

    assertThat(result).isInstanceOf(CreateUserResult.Created.class);
    assertThat(okta.requests("POST", "/api/v1/users")).hasSize(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(1500));
  }

  @Test
  void bc10_aResetBeyondTheLongestWait_failsRateLimitedWithoutWaiting() {
    long reset = Instant.now().getEpochSecond() + 600;
    okta.failNext(Fault.rateLimited("POST", "/api/v1/users", reset), 1);

    assertThatThrownBy(this::createKai)
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.RATE_LIMITED);
              assertThat(e.retryable()).isTrue();
              assertThat(e.getMessage()).contains("createUser");
            });
    assertThat(sleeper.waits()).isEmpty();
    assertThat(okta.requests("POST", "/api/v1/users")).hasSize(1);
  }

  @Test
  void bc10_aWaitThatOutlastsTheTimeLeft_isDeferredToTheNextRun_notSlept() {
    long reset = Instant.now().getEpochSecond() + 30;
    okta.failNext(Fault.rateLimited("POST", "/api/v1/users", reset), 1);
    IdentityDirectory withDeadline =
        new OktaIdentityDirectory(
            ApiTokenDirectoryTest.settings(okta, 3),
            new MapSecretStore().put(ApiTokenDirectoryTest.TOKEN_REF, ApiTokenDirectoryTest.TOKEN),
            sleeper.pacing().within(() -> Duration.ofSeconds(25)));

    assertThatThrownBy(
            () ->
                withDeadline.createUser(
                    IdentityDirectoryContract.newUser("kai.moss"),
                    Optional.of(IdentityDirectoryContract.PASSWORD)))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.RATE_LIMITED);
              assertThat(e.retryable()).isTrue();
              assertThat(e.getMessage()).contains("deferred to the next run");
            });
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void bc10_onlyTheAdapterRetries_soAPersistent503IsSentOncePlusItsRetries() {
    for (int i = 0; i < 6; i++) {
      okta.failNext(Fault.error("GET", "/api/v1/groups", 503, "E0000009", "Unavailable"), 1);
    }

    assertThatThrownBy(() -> directory.findGroup("eng"))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> assertThat(e.kind()).isEqualTo(DirectoryException.Kind.UNAVAILABLE));
    assertThat(okta.requests("GET", "/api/v1/groups")).hasSize(4);
    assertThat(sleeper.waits()).hasSize(3);
  }

  @Test
  void createAnswered503BeforeCreating_isSentAgainOnlyAfterTheLoginIsReadFree() {
    okta.failNext(Fault.error("POST", "/api/v1/users", 503, "E0000009", "Unavailable"), 1);

    CreateUserResult result = createKai();

    assertThat(result).isInstanceOf(CreateUserResult.Created.class);
    assertThat(okta.requests())
        .extracting(r -> r.method() + " " + r.path() + " " + r.status())
        .containsExactly(
            "POST /api/v1/users 503",
            "GET /api/v1/users/kai.moss@example.com 404",
            "POST /api/v1/users 200");
  }

  @Test
  void bc15_dpopApp_retriesA429WithAFreshProof() {
    IdentityDirectory bound = dpopDirectory();
    okta.failNext(Fault.rateLimited("POST", "/api/v1/users", Instant.now().getEpochSecond()), 1);

    CreateUserResult result =
        bound.createUser(
            IdentityDirectoryContract.newUser("kai.moss"),
            Optional.of(IdentityDirectoryContract.PASSWORD));

    // The 429 spent the first proof; the simulator refuses a proof used twice.
    assertThat(result).isInstanceOf(CreateUserResult.Created.class);
    List<RecordedRequest> creates = okta.requests("POST", "/api/v1/users");
    assertThat(creates).extracting(RecordedRequest::status).containsExactly(429, 200);
    assertThat(creates)
        .allSatisfy(
            create -> {
              assertThat(create.header("Authorization")).contains("DPoP [redacted]");
              assertThat(create.header("DPoP")).isPresent();
            });
  }

  @Test
  void bc15_dpopApp_aRejectedProofIsRetriedOnceWithAFreshTokenAndProof() {
    IdentityDirectory bound = dpopDirectory();
    bound.findUser("warm.up@example.com");
    okta.failNext(
        Fault.error("GET", "/api/v1/users/nobody@example.com", 401, "E0000011", "Invalid token"),
        1);

    assertThat(bound.findUser("nobody@example.com")).isEmpty();
    assertThat(okta.requests("GET", "/api/v1/users/nobody@example.com"))
        .extracting(RecordedRequest::status)
        .containsExactly(401, 404);
  }

  @Test
  void bc15_dpopApp_aProofRejectedTwice_failsSayingSo() {
    IdentityDirectory bound = dpopDirectory();
    bound.findUser("warm.up@example.com");
    String path = "/api/v1/users/nobody@example.com";
    Fault rejected =
        new Fault(
            "GET",
            path,
            401,
            "{\"errorCode\":\"E0000011\",\"errorSummary\":\"Invalid token provided\","
                + "\"errorLink\":\"E0000011\",\"errorId\":\"oaeFault\",\"errorCauses\":[]}",
            Map.of("WWW-Authenticate", "DPoP error=\"invalid_dpop_proof\""),
            false);
    okta.failNext(rejected, 2);

    assertThatThrownBy(() -> bound.findUser("nobody@example.com"))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.INVALID_CREDENTIAL);
              assertThat(e.getMessage()).contains("E0000011").contains("DPoP");
            });
    assertThat(okta.requests("GET", path)).hasSize(2);
  }

  private CreateUserResult createKai() {
    return directory.createUser(
        IdentityDirectoryContract.newUser("kai.moss"),
        Optional.of(IdentityDirectoryContract.PASSWORD));
  }

  private IdentityDirectory dpopDirectory() {
    KeyPair keys = Keys.ec();
    okta.addOAuthClient("0oaDpopRequired", keys.getPublic(), PrivateKeyDirectoryTest.SCOPES, true);
    return new OktaIdentityDirectory(
        new OktaSettings(
            URI.create(okta.baseUrl()),
            new OktaAuth.PrivateKey(
                "0oaDpopRequired",
                PrivateKeyDirectoryTest.KEY_REF,
                Optional.empty(),
                PrivateKeyDirectoryTest.SCOPES),
            Duration.ofSeconds(5),
            2),
        new MapSecretStore().put(PrivateKeyDirectoryTest.KEY_REF, Keys.sec1(keys)),
        sleeper.pacing());
  }
}
