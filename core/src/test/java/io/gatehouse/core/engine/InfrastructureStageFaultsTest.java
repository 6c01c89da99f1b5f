package io.gatehouse.core.engine;

import static io.gatehouse.core.fakes.Requests.MANAGER;
import static io.gatehouse.core.fakes.Requests.approvedBy;
import static io.gatehouse.core.fakes.Requests.newHire;
import static io.gatehouse.core.fakes.Requests.onboarding;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.catalog.ApprovalRule;
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
import io.gatehouse.core.request.ServiceRequest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The infrastructure stage under faults: runners that answer nonsense, lose their answer or outlast
 * the claim, and requests whose type is switched while Gatehouse is part way through them.
 */
class InfrastructureStageFaultsTest {
  private static final Duration LEASE = Duration.ofMinutes(10);
  private static final RequestKey KEY = RequestKey.of("ITS-1");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
  private final FakeServiceDesk desk = new FakeServiceDesk();
  private final FakeDirectory directory = new FakeDirectory(clock).group("everyone", true);
  private final InMemoryLedger ledger = new InMemoryLedger();
  private final RecordingNotifier notifier = new RecordingNotifier();
  private final IdempotentRunner tasks = new IdempotentRunner();
  private final AtomicInteger runs = new AtomicInteger();
  private final RequestType onboarding = onboarding(CredentialDelivery.TEMPORARY_PASSWORD);

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "   ",
        "task-1\n{noformat}",
        "task-1\u0000",
        "task-1\u001b[31m",
      })
  void runnerAnsweringNoUsableTaskId_failsTheRequestOnTheTicket_andTheNextRunFinishesIt(
      String answer) {
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));
    tasks.answer = launch -> answer;

    RunReport first = run(onboarding);

    assertThat(first.outcomes().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(first.outcomes().get(0).reason()).contains("task id");
    assertThat(desk.resolved()).isEmpty();
    assertThat(notifier.alerts()).hasSize(1);
    assertThat(desk.comments(KEY))
        .singleElement()
        .satisfies(comment -> assertThat(comment.visibility()).isEqualTo(Visibility.INTERNAL));

    // The runner now answers as it should, for a task it starts now.
    tasks.started.clear();
    tasks.answer = launch -> "arn:aws:ecs:task/1";
    RunReport second = run(onboarding);

    assertThat(second.outcomes().get(0).status()).isEqualTo(Status.PROVISIONED);
    assertThat(tasks.started).hasSize(1);
    assertThat(desk.resolved()).containsExactly(KEY);
  }

  @Test
  void runnerAnsweringAnOverlongTaskId_failsTheRequest() {
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));
    tasks.answer = launch -> "arn:" + "x".repeat(100_000);

    RunReport first = run(onboarding);

    assertThat(first.outcomes().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(first.outcomes().get(0).reason().length()).isLessThan(1_000);
    assertThat(desk.resolved()).isEmpty();
  }

  @Test
  void taskIdWithJiraMarkup_isShownEscaped_inTheInternalReport() {
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));
    tasks.answer = launch -> "arn:task/[x|http://evil.example]{noformat}!i.png!";

    RunReport report = run(onboarding);

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.PROVISIONED);
    assertThat(desk.comments(KEY))
        .filteredOn(comment -> comment.visibility() == Visibility.INTERNAL)
        .singleElement()
        .satisfies(
            comment ->
                assertThat(comment.body())
                    .contains("arn:task/\\[x\\|http://evil.example\\]\\{noformat\\}\\!i.png\\!"));
  }

  @Test
  void answerLostAfterTheTaskStarted_theNextRunAdoptsThatTask_andStartsNoOther() {
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));
    tasks.loseNextAnswer = true;

    RunReport first = run(onboarding);
    RunReport second = run(onboarding);

    assertThat(first.outcomes().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(second.outcomes().get(0).status()).isEqualTo(Status.PROVISIONED);
    assertThat(tasks.started).hasSize(1);
    assertThat(second.outcomes().get(0).actions()).contains("started infrastructure task task-1");
  }

  @Test
  void claimTakenOverWhileTheTaskStarts_theLosingRunReportsNoFailure_andOneTaskRuns() {
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));
    tasks.answer =
        launch -> {
          // The call outlasts the lease, and another run takes the request over meanwhile.
          clock.advance(LEASE.plusMinutes(1));
          ledger.holdFor(KEY, "run-other", clock.instant().plus(LEASE));
          return "task-1";
        };

    RunReport losing = run(onboarding);

    assertThat(losing.outcomes().get(0).status()).isEqualTo(Status.BUSY);
    assertThat(desk.comments(KEY)).isEmpty();
    assertThat(notifier.alerts()).isEmpty();

    // The other run's claim lapses without it finishing; the next run finishes with that task.
    clock.advance(LEASE.plusMinutes(1));
    tasks.answer = launch -> "task-1";
    RunReport next = run(onboarding);

    assertThat(next.outcomes().get(0).status()).isEqualTo(Status.PROVISIONED);
    assertThat(tasks.started).hasSize(1);
    assertThat(desk.resolved()).containsExactly(KEY);
  }

  @Test
  void failingTaskWhileTheClaimIsTakenOver_leavesTheRequestToTheNewHolder() {
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));
    tasks.answer =
        launch -> {
          clock.advance(LEASE.plusMinutes(1));
          ledger.holdFor(KEY, "run-other", clock.instant().plus(LEASE));
          throw new TaskRunnerException("ECS could not be reached (timed out)", true);
        };

    RunReport losing = run(onboarding);

    assertThat(losing.outcomes().get(0).status()).isEqualTo(Status.BUSY);
    assertThat(desk.comments(KEY)).isEmpty();
    assertThat(notifier.alerts()).isEmpty();
  }

  @Test
  void requestSwitchedToAnotherHandledType_afterChangesWereMade_stopsForAPerson() {
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));
    RequestType noApprovalNoStage =
        retyped(onboarding, "26", false, new ApprovalRule(false, 0, Set.of()));
    tasks.answer =
        launch -> {
          throw new TaskRunnerException("the cluster is at capacity", true);
        };

    RunReport first = run(onboarding, noApprovalNoStage);
    assertThat(first.outcomes().get(0).status()).isEqualTo(Status.FAILED);

    desk.replace(withType(desk.request(KEY).orElseThrow(), "26"));
    desk.setApprovals(KEY);
    tasks.answer = launch -> "task-1";
    RunReport second = run(onboarding, noApprovalNoStage);

    assertThat(second.outcomes().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(second.outcomes().get(0).reason()).contains("request type");
    assertThat(desk.resolved()).isEmpty();
    assertThat(tasks.started).isEmpty();
    assertThat(desk.comments(KEY))
        .last()
        .satisfies(comment -> assertThat(comment.body()).contains("request type"));
  }

  @Test
  void requestSwitchedToAnUnhandledType_afterChangesWereMade_isNotLeftSilently() {
    desk.add(newHire("ITS-1", "sam@example.com"), approvedBy(MANAGER));
    tasks.answer =
        launch -> {
          throw new TaskRunnerException("the cluster is at capacity", true);
        };
    run(onboarding);
    int alertsBefore = notifier.alerts().size();

    desk.replace(withType(desk.request(KEY).orElseThrow(), "99"));
    RunReport second = run(onboarding);

    assertThat(second.outcomes().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(second.outcomes().get(0).reason()).contains("request type");
    assertThat(notifier.alerts()).hasSize(alertsBefore + 1);
    assertThat(desk.comments(KEY))
        .last()
        .satisfies(comment -> assertThat(comment.body()).contains("request type"));

    // Nothing more is said on later runs for the same reason, and nothing is changed.
    run(onboarding);
    assertThat(notifier.alerts()).hasSize(alertsBefore + 1);
    assertThat(tasks.started).isEmpty();
  }

  @Test
  void requestOfAnUnhandledTypeNeverTouched_isIgnoredAsBefore() {
    desk.add(withType(newHire("ITS-1", "sam@example.com"), "99"), approvedBy(MANAGER));

    RunReport report = run(onboarding);

    assertThat(report.outcomes().get(0).status()).isEqualTo(Status.IGNORED);
    assertThat(desk.comments()).isEmpty();
  }

  private static RequestType retyped(
      RequestType type, String id, boolean stage, ApprovalRule approval) {
    return new RequestType(
        id,
        type.name() + " (other)",
        type.action(),
        type.fields(),
        type.profileFields(),
        type.defaultGroups(),
        type.allowedGroups(),
        type.allowedEmailDomains(),
        type.credentialDelivery(),
        approval,
        stage);
  }

  private static ServiceRequest withType(ServiceRequest request, String typeId) {
    Map<String, io.gatehouse.core.request.FieldValue> fields =
        new LinkedHashMap<>(request.fields());
    return new ServiceRequest(request.key(), typeId, request.reporter(), fields, request.created());
  }

  private RunReport run(RequestType... types) {
    return ProcessApprovedRequests.builder()
        .desk(desk)
        .directory(directory)
        .ledger(ledger)
        .audit(new InMemoryAuditTrail())
        .notifier(notifier)
        .catalog(new Catalog(List.of(types)))
        .passwords(new TemporaryPasswordGenerator(new SecureRandom()))
        .clock(clock)
        .correlationIds(() -> "run-" + runs.incrementAndGet())
        .logContext(LogContext.NONE)
        .lease(LEASE)
        .infrastructure(tasks)
        .build()
        .run();
  }

  /**
   * A runner keeping the port's promise: one task per idempotency key, whose id every later call
   * with that key answers. It may lose its answer once, after starting the task.
   */
  private static final class IdempotentRunner implements TaskRunner {
    final Map<String, String> started = new LinkedHashMap<>();
    final List<TaskLaunch> attempts = new ArrayList<>();
    Function<TaskLaunch, String> answer = launch -> "task-1";
    boolean loseNextAnswer;

    @Override
    public synchronized String start(TaskLaunch launch) {
      attempts.add(launch);
      String earlier = started.get(launch.idempotencyKey());
      if (earlier != null) {
        return earlier;
      }
      String id = answer.apply(launch);
      started.put(launch.idempotencyKey(), id);
      if (loseNextAnswer) {
        loseNextAnswer = false;
        throw new TaskRunnerException("ECS could not be reached (the answer was lost)", true);
      }
      return id;
    }
  }
}
