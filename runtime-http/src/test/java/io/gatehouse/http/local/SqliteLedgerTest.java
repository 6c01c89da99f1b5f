package io.gatehouse.http.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.ledger.StepRecord;
import io.gatehouse.core.request.RequestKey;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLedgerTest {
  private static final RequestKey KEY = RequestKey.of("ITS-42");
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00.123456789Z");
  private static final Duration LEASE = Duration.ofMinutes(5);

  @TempDir Path folder;

  private SqliteLedger open() {
    return new SqliteLedger(
        SqliteDatabase.open(folder.resolve("gatehouse.db"), Duration.ofSeconds(10)));
  }

  @Test
  void bindAccount_givesAnAccountToOneRequestOnly_acrossLedgerInstances() {
    SqliteLedger first = open();
    SqliteLedger second = open();
    Claim mine = first.claim(KEY, "run-a", T0, LEASE).orElseThrow();
    Claim theirs = second.claim(RequestKey.of("ITS-43"), "run-b", T0, LEASE).orElseThrow();

    boolean bound = first.bindAccount(mine, "00uSAM", T0);
    boolean stolen = second.bindAccount(theirs, "00uSAM", T0);
    boolean again = open().bindAccount(mine, "00uSAM", T0.plusSeconds(1));

    assertThat(bound).isTrue();
    assertThat(stolen).isFalse();
    assertThat(again).isTrue();
  }

  @Test
  void bindAccount_isRefused_afterTheClaimIsLost() {
    SqliteLedger ledger = open();
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();

    assertThatThrownBy(() -> ledger.bindAccount(claim, "00uSAM", T0.plus(LEASE)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ITS-42");
  }

  @Test
  void claim_succeeds_whenNobodyHoldsTheRequest() {
    SqliteLedger ledger = open();

    Optional<Claim> claim = ledger.claim(KEY, "run-a", T0, LEASE);

    assertThat(claim).contains(new Claim(KEY, "run-a", T0.plus(LEASE)));
  }

  @Test
  void claim_refusesSecondOwner_whileLeaseHolds() {
    SqliteLedger ledger = open();
    ledger.claim(KEY, "run-a", T0, LEASE);

    Optional<Claim> second = ledger.claim(KEY, "run-b", T0.plus(LEASE).minusNanos(1), LEASE);

    assertThat(second).isEmpty();
  }

  @Test
  void claim_takesOver_whenHoldersLeaseHasExpired() {
    SqliteLedger ledger = open();
    ledger.claim(KEY, "run-a", T0, LEASE);

    Optional<Claim> second = ledger.claim(KEY, "run-b", T0.plus(LEASE), LEASE);

    assertThat(second).map(Claim::owner).contains("run-b");
  }

  @Test
  void claim_renews_whenSameOwnerClaimsAgain() {
    SqliteLedger ledger = open();
    ledger.claim(KEY, "run-a", T0, LEASE);
    Instant later = T0.plus(Duration.ofMinutes(4));

    Optional<Claim> renewed = ledger.claim(KEY, "run-a", later, LEASE);

    assertThat(renewed).contains(new Claim(KEY, "run-a", later.plus(LEASE)));
    assertThat(ledger.claim(KEY, "run-b", T0.plus(Duration.ofMinutes(6)), LEASE)).isEmpty();
  }

  @Test
  void claim_grantsExactlyOneOwner_whenTwoLedgersOnOneFileRace() throws Exception {
    SqliteLedger first = open();
    SqliteLedger second = open();
    int contenders = 16;
    ExecutorService pool = Executors.newFixedThreadPool(contenders);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Optional<Claim>>> results = new ArrayList<>();

    for (int i = 0; i < contenders; i++) {
      SqliteLedger ledger = i % 2 == 0 ? first : second;
      String owner = "run-" + i;
      Callable<Optional<Claim>> contender =
          () -> {
            start.await();
            return ledger.claim(KEY, owner, T0, LEASE);
          };
      results.add(pool.submit(contender));
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
    SqliteLedger ledger = open();
    ledger.claim(KEY, "run-a", T0, LEASE);

    ledger.release(new Claim(KEY, "run-b", T0.plus(LEASE)));

    assertThat(ledger.claim(KEY, "run-c", T0.plusSeconds(1), LEASE)).isEmpty();
  }

  @Test
  void release_byOwner_freesTheRequest() {
    SqliteLedger ledger = open();
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();

    ledger.release(claim);

    assertThat(ledger.claim(KEY, "run-b", T0.plusSeconds(1), LEASE)).isPresent();
  }

  @Test
  void startedAndDone_recordSteps_inOrder() {
    SqliteLedger ledger = open();
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
    SqliteLedger ledger = open();
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();
    ledger.done(claim, "create-user", "00u123", T0.plusSeconds(1));

    ledger.started(claim, "create-user", T0.plusSeconds(2));

    assertThat(ledger.steps(KEY).get("create-user").done()).isTrue();
  }

  @Test
  void startedAndDone_areRefused_afterTheClaimWasTakenOver() {
    SqliteLedger ledger = open();
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
    SqliteLedger ledger = open();
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();

    assertThatThrownBy(() -> ledger.done(claim, "create-user", "", T0.plus(LEASE)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ITS-42");
  }

  @Test
  void done_isRefused_afterRelease() {
    SqliteLedger ledger = open();
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();
    ledger.release(claim);

    assertThatThrownBy(() -> ledger.done(claim, "create-user", "", T0.plusSeconds(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ITS-42");
  }

  @Test
  void noticePosted_isReadBack_asLastNotice() {
    SqliteLedger ledger = open();
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();

    ledger.noticePosted(claim, "blocked:approval", T0.plusSeconds(1));
    ledger.noticePosted(claim, "blocked:group", T0.plusSeconds(2));

    assertThat(ledger.lastNotice(KEY)).contains("blocked:group");
    assertThat(ledger.lastNotice(RequestKey.of("ITS-43"))).isEmpty();
  }

  @Test
  void everything_survivesReopeningTheFile() {
    SqliteLedger ledger = open();
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();
    ledger.done(claim, "create-user", "00u123", T0.plusSeconds(1));
    ledger.noticePosted(claim, "blocked:group", T0.plusSeconds(2));

    SqliteLedger reopened = open();

    assertThat(reopened.steps(KEY)).containsKey("create-user");
    assertThat(reopened.lastNotice(KEY)).contains("blocked:group");
    assertThat(reopened.claim(KEY, "run-b", T0.plusSeconds(3), LEASE)).isEmpty();
    assertThat(reopened.claim(KEY, "run-a", T0.plusSeconds(3), LEASE)).isPresent();
  }

  @Test
  void storeFailure_isWrapped_withTheRequestKey() {
    Path database = folder.resolve("gatehouse.db");
    SqliteLedger ledger = open();
    SqliteDatabase.open(database, Duration.ZERO)
        .write(
            "drop the claims table",
            connection -> {
              try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("DROP TABLE claims");
              }
            });

    assertThatThrownBy(() -> ledger.claim(KEY, "run-a", T0, LEASE))
        .isInstanceOf(LocalStoreException.class)
        .hasMessageContaining("ITS-42")
        .hasCauseInstanceOf(SQLException.class);
  }

  private static Map.Entry<String, StepRecord> entry(StepRecord step) {
    return Map.entry(step.stepId(), step);
  }
}
