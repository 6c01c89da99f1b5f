package io.gatehouse.aws.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.secret.Secret;
import io.gatehouse.core.secret.SecretRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * BC-24: a credential rotated while cached is used until the remote service rejects it; then one
 * invalidation and one fetch of AWSCURRENT give the new value, without a restart.
 */
class SecretRotationBC24Test {
  private static final SecretRef TOKEN = new SecretRef("aws", "gatehouse/prod#jiraApiToken");
  private static final SecretRef EMAIL = new SecretRef("aws", "gatehouse/prod#jiraEmail");

  private final FakeSecretsManager fake = new FakeSecretsManager();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
  private final SecretsManagerSecretStore store = StoreFixture.store(fake, clock);

  @AfterEach
  void stop() {
    assertThat(fake.server().signatureProblems()).isEmpty();
    fake.close();
  }

  @Test
  void rejectedCredential_isFetchedAgainOnce_andTheRotatedValueUsed() {
    fake.putString("gatehouse/prod", secret("T1"));
    RemoteService jira = new RemoteService("T1");
    assertThat(jira.call(store)).isTrue();

    fake.rotate("gatehouse/prod", secret("T2"));
    jira.accept("T2");
    boolean succeeded = jira.call(store);

    assertThat(succeeded).isTrue();
    assertThat(jira.presented()).containsExactly("T1", "T1", "T2");
    assertThat(fake.getSecretValueCalls()).hasSize(2);
    assertThat(fake.getSecretValueCalls())
        .allSatisfy(call -> assertThat(call.path("VersionStage").asText()).isEqualTo("AWSCURRENT"));
  }

  @Test
  void stillRejectedCredential_failsAfterOneRefresh_withoutLooping() {
    fake.putString("gatehouse/prod", secret("T1"));
    RemoteService jira = new RemoteService("revoked-everything");

    boolean succeeded = jira.call(store);

    assertThat(succeeded).isFalse();
    assertThat(jira.presented()).containsExactly("T1", "T1");
    assertThat(fake.getSecretValueCalls()).hasSize(2);
  }

  @Test
  void manyReadsWithinTheTimeToLive_fetchTheSecretOnce_forAllItsFields() {
    fake.putString("gatehouse/prod", secret("T1"));

    for (int invocation = 0; invocation < 100; invocation++) {
      store.read(TOKEN);
      store.read(EMAIL);
      clock.advance(Duration.ofSeconds(5));
    }

    assertThat(fake.getSecretValueCalls()).hasSize(1);
  }

  @Test
  void concurrentReads_missingTheCache_fetchTheSecretOnce() throws Exception {
    fake.putString("gatehouse/prod", secret("T1"));
    int readers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(readers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Secret>> results = new ArrayList<>();

    for (int i = 0; i < readers; i++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return store.read(TOKEN);
              }));
    }
    start.countDown();
    for (Future<Secret> result : results) {
      assertThat(result.get(30, TimeUnit.SECONDS).reveal()).isEqualTo("T1");
    }
    pool.shutdown();

    assertThat(fake.getSecretValueCalls()).hasSize(1);
  }

  @Test
  void read_fetchesAgain_onceTheTimeToLiveHasPassed() {
    fake.putString("gatehouse/prod", secret("T1"));
    store.read(TOKEN);
    fake.rotate("gatehouse/prod", secret("T2"));

    clock.advance(StoreFixture.TTL);

    assertThat(store.read(TOKEN).reveal()).isEqualTo("T2");
    assertThat(fake.getSecretValueCalls()).hasSize(2);
  }

  private static String secret(String token) {
    return "{\"jiraEmail\":\"svc-okta-bot@example.com\",\"jiraApiToken\":\"" + token + "\"}";
  }

  /**
   * A service that accepts one token and answers 401 to any other, called the way the Jira and Okta
   * adapters call: on a 401, invalidate the secret and try once more.
   */
  private static final class RemoteService {
    private String accepted;
    private final List<String> presented = new ArrayList<>();

    RemoteService(String accepted) {
      this.accepted = accepted;
    }

    void accept(String token) {
      accepted = token;
    }

    boolean call(SecretsManagerSecretStore store) {
      if (attempt(store.read(TOKEN))) {
        return true;
      }
      store.invalidate(TOKEN);
      return attempt(store.read(TOKEN));
    }

    List<String> presented() {
      return presented;
    }

    private boolean attempt(Secret token) {
      presented.add(token.reveal());
      return token.reveal().equals(accepted);
    }
  }
}
