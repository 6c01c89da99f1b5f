package io.gatehouse.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.aws.AwsClients;
import io.gatehouse.aws.AwsStoreException;
import io.gatehouse.aws.testing.TestAws;
import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.ledger.StepRecord;
import io.gatehouse.core.request.RequestKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The Ledger contract, as the SQLite ledger keeps it, on dynalite through the real SDK. */
@ExtendWith(DynaliteExtension.class)
class DynamoDbLedgerTest {
  private static final RequestKey KEY = RequestKey.of("ITS-42");
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00.123456789Z");
  private static final Duration LEASE = Duration.ofMinutes(5);

  private Dynalite dynalite;
  private DynamoDbClient client;
  private String table;
  private DynamoDbLedger ledger;

  @BeforeEach
  void createTable(Dynalite dynalite) {
    this.dynalite = dynalite;
    client = Tables.client(dynalite);
    table = Tables.ledger(client);
    ledger = new DynamoDbLedger(client, table);
  }

  @Test
  void bindAccount_givesAnAccountToOneRequestOnly_acrossClients() {
    DynamoDbLedger other = new DynamoDbLedger(Tables.client(dynalite), table);
    Claim mine = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();
    Claim theirs = other.claim(RequestKey.of("ITS-43"), "run-b", T0, LEASE).orElseThrow();

    boolean bound = ledger.bindAccount(mine, "00uSAM", T0);
    boolean stolen = other.bindAccount(theirs, "00uSAM", T0);
    boolean again = ledger.bindAccount(mine, "00uSAM", T0.plusSeconds(1));

    assertThat(bound).isTrue();
    assertThat(stolen).isFalse();
    assertThat(again).isTrue();
  }

  @Test
  void bindAccount_isRefused_afterTheClaimIsLost() {
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();

    assertThatThrownBy(() -> ledger.bindAccount(claim, "00uSAM", T0.plus(LEASE)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ITS-42");
  }

  @Test
  void claim_succeeds_whenNobodyHoldsTheRequest() {
    Optional<Claim> claim = ledger.claim(KEY, "run-a", T0, LEASE);

    assertThat(claim).contains(new Claim(KEY, "run-a", T0.plus(LEASE)));
  }

  @Test
  void claim_refusesSecondOwner_whileLeaseHolds() {
    ledger.claim(KEY, "run-a", T0, LEASE);

    Optional<Claim> second = ledger.claim(KEY, "run-b", T0.plus(LEASE).minusNanos(1), LEASE);

    assertThat(second).isEmpty();
  }

  @Test
  void claim_takesOver_whenHoldersLeaseHasExpired() {
    ledger.claim(KEY, "run-a", T0, LEASE);

    Optional<Claim> second = ledger.claim(KEY, "run-b", T0.plus(LEASE), LEASE);

    assertThat(second).map(Claim::owner).contains("run-b");
  }

  @Test
  void claim_renews_whenSameOwnerClaimsAgain() {
    ledger.claim(KEY, "run-a", T0, LEASE);
    Instant later = T0.plus(Duration.ofMinutes(4));

    Optional<Claim> renewed = ledger.claim(KEY, "run-a", later, LEASE);

    assertThat(renewed).contains(new Claim(KEY, "run-a", later.plus(LEASE)));
    assertThat(ledger.claim(KEY, "run-b", T0.plus(Duration.ofMinutes(6)), LEASE)).isEmpty();
  }

  @Test
  void claim_grantsExactlyOneOwner_whenTwoInvocationsRace() throws Exception {
    DynamoDbLedger first = ledger;
    DynamoDbLedger second = new DynamoDbLedger(Tables.client(dynalite), table);
    int contenders = 16;
    ExecutorService pool = Executors.newFixedThreadPool(contenders);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Optional<Claim>>> results = new ArrayList<>();

    for (int i = 0; i < contenders; i++) {
      DynamoDbLedger contender = i % 2 == 0 ? first : second;
      String owner = "run-" + i;
      Callable<Optional<Claim>> attempt =
          () -> {
            start.await();
            return contender.claim(KEY, owner, T0, LEASE);
          };
      results.add(pool.submit(attempt));
    }
    start.countDown();
    List<Claim> granted = new ArrayList<>();
    for (Future<Optional<Claim>> result : results) {
      result.get(30, TimeUnit.SECONDS).ifPresent(granted::add);
    }
    pool.shutdown();

    assertThat(granted).hasSize(1);
    assertThat(second.claim(KEY, "late", T0.plusSeconds(1), LEASE)).isEmpty();
  }

  @Test
  void release_byNonOwner_doesNothing() {
    ledger.claim(KEY, "run-a", T0, LEASE);

    ledger.release(new Claim(KEY, "run-b", T0.plus(LEASE)));

    assertThat(ledger.claim(KEY, "run-c", T0.plusSeconds(1), LEASE)).isEmpty();
  }

  @Test
  void release_byOwner_freesTheRequest_andKeepsItsSteps() {
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();
    ledger.done(claim, "create-user", "00u123", T0.plusSeconds(1));

    ledger.release(claim);

    assertThat(ledger.claim(KEY, "run-b", T0.plusSeconds(2), LEASE)).isPresent();
    assertThat(ledger.steps(KEY)).containsKey("create-user");
  }

  @Test
  void startedAndDone_recordSteps_inOrder() {
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();

    ledger.started(claim, "create-user", T0.plusSeconds(1));
    ledger.done(claim, "create-user", "00u123", T0.plusSeconds(2));
    ledger.started(claim, "add-to-group", T0.plusSeconds(3));

    assertThat(ledger.steps(KEY))
        .containsExactly(
            entry(
                new StepRecord("create-user", StepRecord.State.DONE, "00u123", T0.plusSeconds(2))),
            entry(new StepRecord("add-to-group", StepRecord.State.STARTED, "", T0.plusSeconds(3))));
  }

  @Test
  void started_leavesADoneStepDone() {
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();
    ledger.done(claim, "create-user", "00u123", T0.plusSeconds(1));

    ledger.started(claim, "create-user", T0.plusSeconds(2));

    assertThat(ledger.steps(KEY).get("create-user"))
        .isEqualTo(
            new StepRecord("create-user", StepRecord.State.DONE, "00u123", T0.plusSeconds(1)));
  }

  @Test
  void startedAndDone_areRefused_afterTheClaimWasTakenOver() {
    Claim lost = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();
    Instant afterExpiry = T0.plus(LEASE).plusSeconds(1);
    ledger.claim(KEY, "run-b", afterExpiry, LEASE).orElseThrow();

    assertThatThrownBy(() -> ledger.started(lost, "create-user", afterExpiry))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ITS-42");
    assertThatThrownBy(() -> ledger.done(lost, "create-user", "00u1", afterExpiry))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ITS-42");
    assertThatThrownBy(() -> ledger.noticePosted(lost, "blocked:approval", afterExpiry))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ITS-42");
    assertThat(ledger.steps(KEY)).isEmpty();
    assertThat(ledger.lastNotice(KEY)).isEmpty();
  }

  @Test
  void done_isRefused_afterTheLeaseExpired_evenWithoutTakeover() {
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();

    assertThatThrownBy(() -> ledger.done(claim, "create-user", "", T0.plus(LEASE)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ITS-42");
  }

  @Test
  void doneAndStarted_areRefused_afterRelease() {
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();
    ledger.release(claim);

    assertThatThrownBy(() -> ledger.done(claim, "create-user", "", T0.plusSeconds(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ITS-42");
    assertThatThrownBy(() -> ledger.started(claim, "create-user", T0.plusSeconds(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ITS-42");
  }

  @Test
  void noticePosted_isReadBack_asLastNotice() {
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();

    ledger.noticePosted(claim, "blocked:approval", T0.plusSeconds(1));
    ledger.noticePosted(claim, "blocked:group", T0.plusSeconds(2));

    assertThat(ledger.lastNotice(KEY)).contains("blocked:group");
    assertThat(ledger.lastNotice(RequestKey.of("ITS-43"))).isEmpty();
  }

  @Test
  void everything_isSeenByAnotherClient() {
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();
    ledger.done(claim, "create-user", "00u123", T0.plusSeconds(1));
    ledger.noticePosted(claim, "blocked:group", T0.plusSeconds(2));

    DynamoDbLedger other = new DynamoDbLedger(Tables.client(dynalite), table);

    assertThat(other.steps(KEY)).containsKey("create-user");
    assertThat(other.lastNotice(KEY)).contains("blocked:group");
    assertThat(other.claim(KEY, "run-b", T0.plusSeconds(3), LEASE)).isEmpty();
    assertThat(other.claim(KEY, "run-a", T0.plusSeconds(3), LEASE)).isPresent();
  }

  @Test
  void storeFailure_isWrapped_withTheRequestKey() {
    DynamoDbLedger missing = new DynamoDbLedger(client, "no-such-table");

    assertThatThrownBy(() -> missing.claim(KEY, "run-a", T0, LEASE))
        .isInstanceOf(AwsStoreException.class)
        .hasMessageContaining("ITS-42")
        .hasMessageContaining("ResourceNotFoundException");
  }

  @Test
  void unreachableStore_isARetryableFailure_withTheRequestKey() {
    URI closed = URI.create("http://127.0.0.1:" + freePort());
    DynamoDbClient unreachable =
        AwsClients.build(
            DynamoDbClient.builder(), TestAws.connection(closed), TestAws.credentials());

    assertThatThrownBy(() -> new DynamoDbLedger(unreachable, table).steps(KEY))
        .isInstanceOfSatisfying(AwsStoreException.class, e -> assertThat(e.retryable()).isTrue())
        .hasMessageContaining("could not be reached")
        .hasMessageContaining("ITS-42");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map.Entry<String, StepRecord> entry(StepRecord step) {
    return Map.entry(step.stepId(), step);
  }
}
