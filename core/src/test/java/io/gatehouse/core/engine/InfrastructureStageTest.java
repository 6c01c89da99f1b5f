package io.gatehouse.core.engine;

import static io.gatehouse.core.fakes.Requests.MANAGER;
import static io.gatehouse.core.fakes.Requests.approvedBy;
import static io.gatehouse.core.fakes.Requests.newHire;
import static io.gatehouse.core.fakes.Requests.onboarding;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.core.catalog.RequestType;
import io.gatehouse.core.directory.CredentialDelivery;
import io.gatehouse.core.engine.RequestOutcome.Status;
import io.gatehouse.core.fakes.FakeDirectory;
import io.gatehouse.core.fakes.FakeServiceDesk;
import io.gatehouse.core.fakes.InMemoryAuditTrail;
import io.gatehouse.core.fakes.InMemoryLedger;
import io.gatehouse.core.fakes.MutableClock;
import io.gatehouse.core.fakes.RecordingNotifier;
import io.gatehouse.core.password.TemporaryPasswordGenerator;
import io.gatehouse.core.port.LogContext;
import io.gatehouse.core.port.TaskLaunch;
import io.gatehouse.core.port.TaskRunner;
import io.gatehouse.core.port.TaskRunnerException;
import io.gatehouse.core.port.Visibility;
import io.gatehouse.core.request.RequestKey;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The infrastructure stage runs before a provisioned request is reported and resolved, so a task
 * that cannot start leaves the request open for the next run, which starts it exactly once.
 */
class InfrastructureStageTest {
  private static final Duration LEASE = Duration.ofMinutes(10);
  private static final RequestKey KEY = RequestKey.of("ITS-1");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
  private final FakeServiceDesk desk = new FakeServiceDesk();
  private final FakeDirectory directory = new FakeDirectory(clock).group("everyone", true);
  private final InMemoryLedger ledger = new InMemoryLedger();
  private final RecordingNotifier notifier = new RecordingNotifier();
  private final Tasks tasks = new Tasks();
  private final AtomicInteger runs = new AtomicInteger();

  @Test
  void run_startsTheTaskBeforeResolving_andReportsItsId() {
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));

    RunReport report = run(onboarding(CredentialDelivery.TEMPORARY_PASSWORD));

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.PROVISIONED);
    assertThat(report.outcomes().get(0).actions()).contains("started infrastructure task task-1");
    assertThat(tasks.launches)
        .singleElement()
        .satisfies(
            launch -> {
              assertThat(launch.idempotencyKey()).isEqualTo("gatehouse-ITS-1");
              assertThat(launch.environment())
                  .containsEntry("GATEHOUSE_REQUEST_KEY", "ITS-1")
                  .containsEntry("GATEHOUSE_ACTION", "onboard")
                  .containsEntry("GATEHOUSE_CORRELATION_ID", "run-1");
            });
    assertThat(desk.comments(KEY))
        .filteredOn(comment -> comment.visibility() == Visibility.INTERNAL)
        .anySatisfy(comment -> assertThat(comment.body()).contains("task-1"));
    assertThat(desk.resolved()).containsExactly(KEY);
  }

  @Test
  void taskThatCannotStart_leavesTheRequestOpenAndAlerted_andTheNextRunStartsItOnce() {
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));
    tasks.failNext = 1;

    RunReport first = run(onboarding(CredentialDelivery.TEMPORARY_PASSWORD));

    assertThat(first.outcomes().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(desk.resolved()).isEmpty();
    assertThat(notifier.alerts())
        .singleElement()
        .satisfies(a -> assertThat(a.requestKey()).isEqualTo(KEY));
    assertThat(desk.comments(KEY))
        .singleElement()
        .satisfies(comment -> assertThat(comment.body()).contains("the cluster is at capacity"));

    RunReport second = run(onboarding(CredentialDelivery.TEMPORARY_PASSWORD));
    run(onboarding(CredentialDelivery.TEMPORARY_PASSWORD));

    assertThat(second.outcomes().get(0).status()).isEqualTo(Status.PROVISIONED);
    assertThat(desk.resolved()).containsExactly(KEY);
    assertThat(directory.findUser("sam@example.com")).isPresent();
    // Both attempts asked for exactly the same launch, as the first run's, so a runner that had
    // accepted the first one would start nothing new.
    assertThat(tasks.attempts).hasSize(2);
    assertThat(tasks.attempts.get(1)).isEqualTo(tasks.attempts.get(0));
    assertThat(tasks.attempts.get(1).correlationId()).isEqualTo("run-1");
    assertThat(tasks.launches).hasSize(1);
  }

  @Test
  void requestTypeThatDoesNotGoOn_startsNoTask() {
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));
    RequestType onboarding = onboarding(CredentialDelivery.TEMPORARY_PASSWORD);

    RunReport report =
        run(
            new RequestType(
                onboarding.id(),
                onboarding.name(),
                onboarding.action(),
                onboarding.fields(),
                onboarding.profileFields(),
                onboarding.defaultGroups(),
                onboarding.allowedGroups(),
                onboarding.allowedEmailDomains(),
                onboarding.credentialDelivery(),
                onboarding.approval(),
                false));

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.PROVISIONED);
    assertThat(tasks.attempts).isEmpty();
  }

  @Test
  void longPlan_isCutForTheTaskByBytes_betweenCharacters() {
    String plan = "create user sam@example.com with groups " + "経理部門".repeat(2000);

    TaskLaunch launch =
        InfrastructureStage.launch(
            KEY, onboarding(CredentialDelivery.TEMPORARY_PASSWORD), "run-1", plan);

    String handed = launch.environment().get("GATEHOUSE_PLAN");
    assertThat(handed.getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(InfrastructureStage.MAX_PLAN_BYTES);
    assertThat(handed).endsWith(" (cut)").startsWith("create user sam@example.com");
    assertThat(plan).startsWith(handed.substring(0, handed.length() - " (cut)".length()));
    assertThat(launch.environmentBytes()).isLessThanOrEqualTo(TaskLaunch.MAX_ENVIRONMENT_BYTES);
  }

  private RunReport run(RequestType type) {
    return ProcessApprovedRequests.builder()
        .desk(desk)
        .directory(directory)
        .ledger(ledger)
        .audit(new InMemoryAuditTrail())
        .notifier(notifier)
        .catalog(new Catalog(List.of(type)))
        .passwords(new TemporaryPasswordGenerator(new SecureRandom()))
        .clock(clock)
        .correlationIds(() -> "run-" + runs.incrementAndGet())
        .logContext(LogContext.NONE)
        .lease(LEASE)
        .workers(Workers.sequential())
        .infrastructure(tasks)
        .build()
        .run();
  }

  /** A runner that refuses the first calls it is told to, and records every attempt. */
  private static final class Tasks implements TaskRunner {
    final List<TaskLaunch> attempts = new ArrayList<>();
    final List<TaskLaunch> launches = new ArrayList<>();
    int failNext;

    @Override
    public synchronized String start(TaskLaunch launch) {
      attempts.add(launch);
      if (failNext > 0) {
        failNext--;
        throw new TaskRunnerException("the cluster is at capacity", true);
      }
      launches.add(launch);
      return "task-" + launches.size();
    }
  }
}
