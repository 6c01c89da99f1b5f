package io.gatehouse.core.engine;

import io.gatehouse.core.catalog.RequestType;
import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.ledger.StepRecord;
import io.gatehouse.core.plan.ProvisioningPlan;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.port.TaskLaunch;
import io.gatehouse.core.port.TaskRunner;
import io.gatehouse.core.port.TaskRunnerException;
import io.gatehouse.core.request.RequestKey;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Hands a provisioned request on to infrastructure provisioning by starting a task (an Atlantis run
 * on ECS, in production), after the directory steps and before the request is reported and
 * resolved. A start that fails fails the request, which stays open with the reason on the ticket,
 * and the next run tries again; the task's id is part of the report.
 *
 * <p>Never starts a second task for a request: the first attempt's correlation id is recorded
 * before the call and the task's id after it, and every attempt asks the runner for exactly the
 * same launch under the same idempotency key, so an attempt cut off between the call and its record
 * starts nothing new when the next run repeats it.
 */
final class InfrastructureStage {
  static final String LAUNCH = "infrastructure-launch";
  static final String TASK = "infrastructure-task";

  /**
   * The most of the plan a task is handed, in UTF-8 bytes: the plan is a summary for the task, not
   * a payload, and the launch's whole environment must stay within {@link
   * TaskLaunch#MAX_ENVIRONMENT_BYTES}. The audit trail keeps the whole plan.
   */
  static final int MAX_PLAN_BYTES = 4096;

  /** The longest task id recorded and shown; an ECS task ARN has about a hundred characters. */
  static final int MAX_TASK_ID = 1024;

  /** Ends a plan that was cut to fit. */
  static final String CUT = " (cut)";

  private static final System.Logger LOG = System.getLogger(InfrastructureStage.class.getName());

  private final Optional<TaskRunner> tasks;
  private final Ledger ledger;
  private final Clock clock;

  InfrastructureStage(Optional<TaskRunner> tasks, Ledger ledger, Clock clock) {
    this.tasks = tasks;
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * Starts the task unless an earlier run did.
   *
   * @return what was done, for the report; empty when there is no task runner or the request type
   *     does not go on to this stage
   */
  Optional<String> start(ProvisioningPlan plan, RequestType type, Lease lease) {
    if (tasks.isEmpty() || !type.infrastructureStage()) {
      return Optional.empty();
    }
    RequestKey key = plan.key();
    Map<String, StepRecord> steps = ledger.steps(key);
    StepRecord task = steps.get(TASK);
    if (task != null && task.done()) {
      return Optional.of("infrastructure task " + task.detail() + " already started");
    }
    Claim claim = lease.renew();
    StepRecord launched = steps.get(LAUNCH);
    String launchId = launched == null ? claim.owner() : launched.detail();
    if (launched == null) {
      ledger.done(claim, LAUNCH, launchId, clock.instant());
    }
    ledger.started(claim, TASK, clock.instant());
    String taskId = usable(tasks.get().start(launch(key, type, launchId, plan.describe())), key);
    ledger.done(claim, TASK, taskId, clock.instant());
    LOG.log(Level.INFO, "infrastructure task {0} started for {1}", taskId, key);
    return Optional.of("started infrastructure task " + taskId);
  }

  /**
   * The task id the runner answered, when it is one that can be recorded and shown: some text, of
   * at most {@value #MAX_TASK_ID} characters, on one line and without control characters (an ECS
   * task ARN is far shorter). Any other answer fails the request without being recorded as done, so
   * the next run asks again under the same idempotency key.
   */
  static String usable(String taskId, RequestKey key) {
    String problem = null;
    if (taskId == null || taskId.isBlank()) {
      problem = "no task id";
    } else if (taskId.length() > MAX_TASK_ID) {
      problem = "a task id of " + taskId.length() + " characters";
    } else if (taskId.codePoints().anyMatch(InfrastructureStage::unprintable)) {
      problem = "a task id with control characters or line breaks";
    }
    if (problem != null) {
      throw new TaskRunnerException(
          "the task runner answered "
              + problem
              + " for "
              + key
              + "; the task may have started, and the next run asks for it again under the same"
              + " idempotency key",
          false);
    }
    return taskId;
  }

  private static boolean unprintable(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.UNASSIGNED
        || type == Character.SURROGATE;
  }

  static TaskLaunch launch(RequestKey key, RequestType type, String correlationId, String plan) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("GATEHOUSE_REQUEST_KEY", key.value());
    environment.put("GATEHOUSE_ACTION", type.action().configName());
    environment.put("GATEHOUSE_CORRELATION_ID", correlationId);
    int room =
        TaskLaunch.MAX_ENVIRONMENT_BYTES
            - TaskLaunch.environmentBytes(environment)
            - utf8Length("GATEHOUSE_PLAN");
    environment.put("GATEHOUSE_PLAN", fitted(plan, Math.min(MAX_PLAN_BYTES, room)));
    return new TaskLaunch(key, correlationId, "gatehouse-" + key.value(), environment);
  }

  /**
   * The plan, or as much of it as fits in so many UTF-8 bytes ending with {@value #CUT}: cut by
   * bytes, since a plan naming groups in Japanese takes three bytes a character, and between
   * characters, never inside one.
   */
  static String fitted(String plan, int maxBytes) {
    if (utf8Length(plan) <= maxBytes) {
      return plan;
    }
    int room = maxBytes - CUT.length();
    int used = 0;
    int end = 0;
    while (end < plan.length()) {
      int codePoint = plan.codePointAt(end);
      int bytes = utf8Length(Character.toString(codePoint));
      if (used + bytes > room) {
        break;
      }
      used += bytes;
      end += Character.charCount(codePoint);
    }
    return plan.substring(0, end) + CUT;
  }

  private static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
