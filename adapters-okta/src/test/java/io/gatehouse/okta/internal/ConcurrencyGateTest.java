package io.gatehouse.okta.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyGateTest {
  private Instant now = Instant.parse("2026-12-04T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public Instant instant() {
          return now;
        }

        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }
      };
  private final ConcurrencyGate gate = new ConcurrencyGate(clock);

  @Test
  void bc10_letsCallsOverlap_untilOktaReportsItsConcurrentLimit() throws Exception {
    CountDownLatch both = new CountDownLatch(2);

    List<CompletableFuture<Boolean>> calls = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      calls.add(CompletableFuture.supplyAsync(() -> gate.through(() -> meet(both, 5000))));
    }

    for (CompletableFuture<Boolean> call : calls) {
      assertThat(call.get(10, TimeUnit.SECONDS)).as("both calls were inside at once").isTrue();
    }
  }

  @Test
  void bc10_dropsToOneCallAtATime_afterAConcurrentLimitAnswer_thenLetsThemOverlapAgain()
      throws Exception {
    gate.concurrentLimitMet();
    CountDownLatch both = new CountDownLatch(2);

    List<CompletableFuture<Boolean>> calls = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      calls.add(CompletableFuture.supplyAsync(() -> gate.through(() -> meet(both, 300))));
    }
    List<Boolean> met = new ArrayList<>();
    for (CompletableFuture<Boolean> call : calls) {
      met.add(call.get(10, TimeUnit.SECONDS));
    }
    now = now.plus(ConcurrencyGate.SINGLE_FILE);

    assertThat(met).as("the first call never saw the second inside").contains(false);
    assertThat(gate.singleFile()).isFalse();
  }

  /** Waits, for a bounded time, until the other call is inside too. */
  private static boolean meet(CountDownLatch both, long millis) {
    both.countDown();
    try {
      return both.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
