package io.gatehouse.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.ledger.StepRecord;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.request.RequestKey;
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

/**
 * What every {@link Ledger} must do. An implementation's test extends this class and says how to
 * make a fresh, empty ledger; where the ledger's store outlives the object, such as a file or a
 * table, it also says how to open that store again, as another process would. Clean-up, if any,
 * goes in the subclass's own {@code @AfterEach}.
 */
public abstract class LedgerContract {
  protected static final RequestKey KEY = RequestKey.of("ITS-42");
  private static final RequestKey OTHER_KEY = RequestKey.of("ITS-43");
  protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00.123456789Z");
  protected static final Duration LEASE = Duration.ofMinutes(5);
  private static final int CONTENDERS = 16;

  private Ledger ledger;

  /** A new ledger holding nothing; called once before each test. */
  protected abstract Ledger newLedger();

  /**
   * A second ledger on the store of the one {@link #newLedger()} made last, as another process or
   * client would open it. A ledger that is its own store, such as one in memory, is returned as it
   * is.
   */
  protected Ledger openedAgain() {
    return ledger;
  }

  @BeforeEach
  final void makeLedger() {
    ledger = newLedger();
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

    assertThat(second).contains(new Claim(KEY, "run-b", T0.plus(LEASE).plus(LEASE)));
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
  void claim_grantsExactlyOneOwner_whenContendersRace() throws Exception {
    Ledger second = openedAgain();
    ExecutorService pool = Executors.newFixedThreadPool(CONTENDERS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Optional<Claim>>> results = new ArrayList<>();
    List<Claim> granted = new ArrayList<>();
    try {
      for (int i = 0; i < CONTENDERS; i++) {
        Ledger contender = i % 2 == 0 ? ledger : second;
        String owner = "run-" + i;
        Callable<Optional<Claim>> attempt =
            () -> {
              start.await();
              return contender.claim(KEY, owner, T0, LEASE);
            };
        results.add(pool.submit(attempt));
      }
      start.countDown();
      for (Future<Optional<Claim>> result : results) {
        result.get(30, TimeUnit.SECONDS).ifPresent(granted::add);
      }
    } finally {
      pool.shutdownNow();
    }

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
  void steps_areEmpty_forARequestNeverRecorded() {
    assertThat(ledger.steps(KEY)).isEmpty();
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
  void startedDoneAndNotice_areRefused_afterTheClaimWasTakenOver() {
    Claim lost = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();
    Instant afterExpiry = T0.plus(LEASE).plusSeconds(1);
    ledger.claim(KEY, "run-b", afterExpiry, LEASE).orElseThrow();

    assertRefused(() -> ledger.started(lost, "create-user", afterExpiry));
    assertRefused(() -> ledger.done(lost, "create-user", "00u1", afterExpiry));
    assertRefused(() -> ledger.noticePosted(lost, "blocked:approval", afterExpiry));
    assertThat(ledger.steps(KEY)).isEmpty();
    assertThat(ledger.lastNotice(KEY)).isEmpty();
  }

  @Test
  void done_isRefused_afterTheLeaseExpired_evenWithoutTakeover() {
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();

    assertRefused(() -> ledger.done(claim, "create-user", "", T0.plus(LEASE)));
    assertThat(ledger.steps(KEY)).isEmpty();
  }

  @Test
  void doneAndStarted_areRefused_afterRelease() {
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();
    ledger.release(claim);

    assertRefused(() -> ledger.done(claim, "create-user", "", T0.plusSeconds(1)));
    assertRefused(() -> ledger.started(claim, "create-user", T0.plusSeconds(1)));
    assertThat(ledger.steps(KEY)).isEmpty();
  }

  @Test
  void noticePosted_isReadBack_asLastNotice() {
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();

    ledger.noticePosted(claim, "blocked:approval", T0.plusSeconds(1));
    ledger.noticePosted(claim, "blocked:group", T0.plusSeconds(2));

    assertThat(ledger.lastNotice(KEY)).contains("blocked:group");
    assertThat(ledger.lastNotice(OTHER_KEY)).isEmpty();
  }

  @Test
  void everything_isSeen_byTheStoreOpenedAgain() {
    Claim claim = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();
    ledger.done(claim, "create-user", "00u123", T0.plusSeconds(1));
    ledger.noticePosted(claim, "blocked:group", T0.plusSeconds(2));

    Ledger reopened = openedAgain();

    assertThat(reopened.steps(KEY)).containsKey("create-user");
    assertThat(reopened.lastNotice(KEY)).contains("blocked:group");
    assertThat(reopened.claim(KEY, "run-b", T0.plusSeconds(3), LEASE)).isEmpty();
    assertThat(reopened.claim(KEY, "run-a", T0.plusSeconds(3), LEASE)).isPresent();
  }

  @Test
  void bindAccount_givesAnAccountToOneRequestOnly_acrossLedgersOnTheSameStore() {
    Ledger other = openedAgain();
    Claim mine = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();
    Claim theirs = other.claim(OTHER_KEY, "run-b", T0, LEASE).orElseThrow();

    boolean bound = ledger.bindAccount(mine, "00uSAM", T0);
    boolean stolen = other.bindAccount(theirs, "00uSAM", T0);
    boolean again = openedAgain().bindAccount(mine, "00uSAM", T0.plusSeconds(1));

    assertThat(bound).isTrue();
    assertThat(stolen).isFalse();
    assertThat(again).isTrue();
  }

  @Test
  void bindAccount_isRefused_afterTheClaimIsLost_andLeavesTheAccountFree() {
    Claim lost = ledger.claim(KEY, "run-a", T0, LEASE).orElseThrow();
    Claim theirs = ledger.claim(OTHER_KEY, "run-b", T0, LEASE).orElseThrow();

    assertRefused(() -> ledger.bindAccount(lost, "00uSAM", T0.plus(LEASE)));
    assertThat(ledger.bindAccount(theirs, "00uSAM", T0.plus(LEASE).minusNanos(1))).isTrue();
  }

  private static void assertRefused(Runnable write) {
    assertThatThrownBy(write::run)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(KEY.value());
  }

  private static Map.Entry<String, StepRecord> entry(StepRecord step) {
    return Map.entry(step.stepId(), step);
  }
}
