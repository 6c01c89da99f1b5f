package io.gatehouse.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RunCoalescerTest {
  private static final Duration BOUND = Duration.ofSeconds(10);

  @Test
  void trigger_whenIdle_startsARun() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    try (RunCoalescer coalescer = new RunCoalescer(runs::incrementAndGet, BOUND)) {

      coalescer.trigger();

      assertThat(coalescer.awaitIdle(BOUND)).isTrue();
      assertThat(runs).hasValue(1);
    }
  }

  @Test
  void triggers_duringARun_foldIntoOneMoreRun() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Runnable job =
        () -> {
          if (runs.incrementAndGet() == 1) {
            started.countDown();
            awaitQuietly(release);
          }
        };
    try (RunCoalescer coalescer = new RunCoalescer(job, BOUND)) {
      coalescer.trigger();
      assertThat(started.await(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();

      for (int i = 0; i < 50; i++) {
        assertThat(coalescer.trigger()).isTrue();
      }
      release.countDown();

      assertThat(coalescer.awaitIdle(BOUND)).isTrue();
      assertThat(runs).hasValue(2);
    }
  }

  @Test
  void close_interruptsARunThatOutlastsTheTimeout() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    RunCoalescer coalescer =
        new RunCoalescer(
            () -> {
              started.countDown();
              try {
                new CountDownLatch(1).await(BOUND.toSeconds(), TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                interrupted.countDown();
              }
            },
            Duration.ofMillis(50));
    coalescer.trigger();
    assertThat(started.await(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();

    coalescer.close();

    assertThat(interrupted.await(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(coalescer.trigger()).isFalse();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(BOUND.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
