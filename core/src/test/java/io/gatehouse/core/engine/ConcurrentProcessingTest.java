package io.gatehouse.core.engine;

import static io.gatehouse.core.fakes.Requests.MANAGER;
import static io.gatehouse.core.fakes.Requests.approvedBy;
import static io.gatehouse.core.fakes.Requests.newHire;
import static io.gatehouse.core.fakes.Requests.onboarding;
import static io.gatehouse.core.fakes.Requests.pending;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.core.directory.CredentialDelivery;
import io.gatehouse.core.engine.RequestOutcome.Status;
import io.gatehouse.core.fakes.FakeDirectory;
import io.gatehouse.core.fakes.FakeServiceDesk;
import io.gatehouse.core.fakes.InMemoryAuditTrail;
import io.gatehouse.core.fakes.InMemoryLedger;
import io.gatehouse.core.fakes.MutableClock;
import io.gatehouse.core.fakes.ObservedDirectory;
import io.gatehouse.core.fakes.RecordingNotifier;
import io.gatehouse.core.fakes.ThreadLocalLogContext;
import io.gatehouse.core.password.TemporaryPasswordGenerator;
import io.gatehouse.core.port.DirectoryException;
import io.gatehouse.core.request.RequestKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The job working on several requests at once. Nothing here waits on the wall clock: threads meet
 * at barriers and latches, each wait bounded so that a broken engine fails the test instead of
 * hanging it.
 */
class ConcurrentProcessingTest {
  private static final long BOUND_SECONDS = 20;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
  private final FakeServiceDesk desk = new FakeServiceDesk();
  private final FakeDirectory fakeDirectory =
      new FakeDirectory(clock).group("everyone", true).group("vpn-users", true);
  private final ObservedDirectory directory = new ObservedDirectory(fakeDirectory);
  private final InMemoryLedger ledger = new InMemoryLedger();
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final RecordingNotifier notifier = new RecordingNotifier();
  private final ThreadLocalLogContext logContext = new ThreadLocalLogContext();
  private final AtomicInteger runs = new AtomicInteger();
  private final List<Thread> threadsMade = new CopyOnWriteArrayList<>();

  private ProcessApprovedRequests job(int workers) {
    return ProcessApprovedRequests.builder()
        .desk(desk)
        .directory(directory)
        .ledger(ledger)
        .audit(audit)
        .notifier(notifier)
        .catalog(new Catalog(List.of(onboarding(CredentialDelivery.TEMPORARY_PASSWORD))))
        .passwords(new TemporaryPasswordGenerator(new SecureRandom()))
        .clock(clock)
        .correlationIds(() -> "run-" + runs.incrementAndGet())
        .logContext(logContext)
        .lease(Duration.ofMinutes(10))
        .workers(new Workers(workers, this::thread))
        .build();
  }

  private Thread thread(Runnable runnable) {
    Thread thread = new Thread(runnable, "worker-" + threadsMade.size());
    thread.setDaemon(true);
    threadsMade.add(thread);
    return thread;
  }

  private List<RequestKey> approvedNewHires(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(
            i -> {
              desk.add(
                  newHire("ITS-" + i, "hire" + i + "@example.com", "vpn-users"),
                  approvedBy(MANAGER));
              return RequestKey.of("ITS-" + i);
            })
        .toList();
  }

  @Test
  void twoRunsAtOnce_provisionEveryRequestExactlyOnce() throws Exception {
    List<RequestKey> keys = approvedNewHires(60);
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService callers = Executors.newFixedThreadPool(2);

    try {
      Future<RunReport> first = callers.submit(() -> afterBarrier(start, job(4)));
      Future<RunReport> second = callers.submit(() -> afterBarrier(start, job(4)));
      List<RunReport> reports =
          List.of(
              first.get(BOUND_SECONDS, TimeUnit.SECONDS),
              second.get(BOUND_SECONDS, TimeUnit.SECONDS));

      assertThat(fakeDirectory.changes().stream().filter(c -> c.startsWith("create ")))
          .hasSize(60)
          .doesNotHaveDuplicates();
      assertThat(fakeDirectory.changes()).doesNotHaveDuplicates().hasSize(180);
      assertThat(desk.resolved()).hasSize(60).doesNotHaveDuplicates();
      assertThat(desk.comments()).hasSize(120);
      for (RequestKey key : keys) {
        assertThat(provisionedBy(reports, key)).as("runs that provisioned %s", key).isEqualTo(1);
      }
      assertThat(reports).noneMatch(RunReport::hasFailures);
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void run_neverHasMoreRequestsInFlightThanItsWorkers() throws Exception {
    approvedNewHires(24);
    CyclicBarrier fourAtOnce = new CyclicBarrier(4);
    directory.beforeCreate(user -> await(fourAtOnce));

    RunReport report = job(4).run();

    assertThat(directory.mostInFlight()).isEqualTo(4);
    assertThat(threadsMade).hasSize(4);
    assertThat(report.count(Status.PROVISIONED)).isEqualTo(24);
  }

  @Test
  void run_reportsInTheDesksOrder_whenLaterRequestsFinishFirst() {
    List<RequestKey> keys = approvedNewHires(4);
    desk.add(newHire("ITS-5", "kim@example.com"), pending(MANAGER));
    CountDownLatch lastCreated = new CountDownLatch(1);
    directory.beforeCreate(
        user -> {
          if (user.login().equals("hire1@example.com")) {
            awaitLatch(lastCreated);
          }
        });
    directory.afterCreate(
        user -> {
          if (user.login().equals("hire4@example.com")) {
            lastCreated.countDown();
          }
        });

    RunReport report = job(4).run();

    assertThat(report.outcomes())
        .extracting(RequestOutcome::key)
        .containsExactly(
            keys.get(0), keys.get(1), keys.get(2), keys.get(3), RequestKey.of("ITS-5"));
    assertThat(report.outcomes())
        .extracting(RequestOutcome::status)
        .containsExactly(
            Status.PROVISIONED,
            Status.PROVISIONED,
            Status.PROVISIONED,
            Status.PROVISIONED,
            Status.WAITING);
    List<String> changes = fakeDirectory.changes();
    assertThat(changes.indexOf("create hire4@example.com"))
        .isLessThan(changes.indexOf("create hire1@example.com"));
  }

  @Test
  void run_goesOnWithTheOthers_whenOneRequestFails() {
    approvedNewHires(8);
    directory.beforeCreate(
        user -> {
          if (user.login().equals("hire3@example.com")) {
            throw new DirectoryException("POST /api/v1/users answered 500", true);
          }
        });
    ledger.failClaimsOf(RequestKey.of("ITS-6"));

    RunReport report = job(4).run();

    assertThat(report.outcomes())
        .extracting(RequestOutcome::status)
        .containsExactly(
            Status.PROVISIONED,
            Status.PROVISIONED,
            Status.FAILED,
            Status.PROVISIONED,
            Status.PROVISIONED,
            Status.FAILED,
            Status.PROVISIONED,
            Status.PROVISIONED);
    assertThat(report.outcomes().get(2).reason()).contains("answered 500");
    assertThat(report.outcomes().get(5).reason()).contains("cannot be reached to claim ITS-6");
    assertThat(desk.resolved()).hasSize(6);
    assertThat(report.hasFailures()).isTrue();
  }

  @Test
  void run_givesEachWorkerTheRequestAndRunInItsLogContext() {
    approvedNewHires(12);
    Map<String, Map<String, String>> contextAtCreate = new ConcurrentHashMap<>();
    directory.beforeCreate(user -> contextAtCreate.put(user.login(), logContext.current()));

    RunReport report = job(4).run();

    assertThat(contextAtCreate).hasSize(12);
    for (int i = 1; i <= 12; i++) {
      assertThat(contextAtCreate.get("hire" + i + "@example.com"))
          .containsEntry("requestKey", "ITS-" + i)
          .containsEntry("correlationId", report.correlationId());
    }
    assertThat(logContext.current()).isEmpty();
  }

  @Test
  void run_stopsItsWorkerThreads_beforeItReturns() throws InterruptedException {
    approvedNewHires(8);

    job(3).run();

    assertThat(threadsMade).hasSize(3);
    for (Thread thread : threadsMade) {
      thread.join(TimeUnit.SECONDS.toMillis(BOUND_SECONDS));
      assertThat(thread.isAlive()).as(thread.getName()).isFalse();
    }
  }

  @Test
  void run_withOneWorker_makesNoThreadAndKeepsTheDesksOrder() {
    approvedNewHires(5);

    job(1).run();

    assertThat(threadsMade).isEmpty();
    assertThat(desk.resolved())
        .extracting(RequestKey::value)
        .containsExactly("ITS-1", "ITS-2", "ITS-3", "ITS-4", "ITS-5");
  }

  private static RunReport afterBarrier(CyclicBarrier start, ProcessApprovedRequests job)
      throws Exception {
    start.await(BOUND_SECONDS, TimeUnit.SECONDS);
    return job.run();
  }

  private static long provisionedBy(List<RunReport> reports, RequestKey key) {
    return reports.stream()
        .flatMap(report -> report.outcomes().stream())
        .filter(outcome -> outcome.key().equals(key) && outcome.status() == Status.PROVISIONED)
        .count();
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(BOUND_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
      throw new IllegalStateException("fewer requests than expected ran at once", e);
    }
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      if (!latch.await(BOUND_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the last request never reached the directory");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
