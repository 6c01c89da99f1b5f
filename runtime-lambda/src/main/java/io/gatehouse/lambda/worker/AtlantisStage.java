package io.gatehouse.lambda.worker;

import io.gatehouse.core.catalog.Action;
import io.gatehouse.core.engine.RequestOutcome;
import io.gatehouse.core.engine.WikiText;
import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.ledger.StepRecord;
import io.gatehouse.core.port.Alert;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.core.port.ServiceDesk;
import io.gatehouse.core.port.TaskLaunch;
import io.gatehouse.core.port.TaskRunner;
import io.gatehouse.core.port.Visibility;
import io.gatehouse.core.request.RequestKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Starts the task that runs Atlantis for a request the job has just provisioned, records it in the
 * ledger and says so on the ticket.
 *
 * <p>Safe to run again and twice at once: the request is claimed first, the start is recorded as
 * started before the call and as done with the task's id after it, and the task runner is given the
 * same idempotency key every time, so a run that died between the call and the record starts no
 * second task when the next run tries again.
 */
public final class AtlantisStage {
  static final String LAUNCH_STEP = "atlantis-launch";
  static final String STEP = "atlantis-task";
  static final String COMMENT_STEP = "atlantis-comment";

  /**
   * The most of the plan, in UTF-8 bytes, handed to the task: it is a summary, not a payload, and
   * must leave the rest of {@link TaskLaunch#MAX_ENVIRONMENT_BYTES} to the other variables.
   */
  static final int MAX_PLAN_BYTES = 4096;

  /** Ends a plan that was cut to fit. */
  static final String CUT = " (cut)";

  private static final Logger log = LoggerFactory.getLogger(AtlantisStage.class);

  private final Ledger ledger;
  private final TaskRunner tasks;
  private final ServiceDesk desk;
  private final Notifier notifier;
  private final Clock clock;
  private final Duration lease;

  public AtlantisStage(
      Ledger ledger,
      TaskRunner tasks,
      ServiceDesk desk,
      Notifier notifier,
      Clock clock,
      Duration lease) {
    this.ledger = ledger;
    this.tasks = tasks;
    this.desk = desk;
    this.notifier = notifier;
    this.clock = clock;
    this.lease = lease;
  }

  /** Starts the task for one provisioned request unless an earlier run did. Never throws. */
  public StageOutcome start(RequestOutcome provisioned, Action action, String correlationId) {
    RequestKey key = provisioned.key();
    try (MDC.MDCCloseable scope = MDC.putCloseable("requestKey", key.value())) {
      Optional<Claim> claim = ledger.claim(key, correlationId, clock.instant(), lease);
      if (claim.isEmpty()) {
        return new StageOutcome(key, StageOutcome.Status.BUSY, "another run is working on it");
      }
      try {
        return startClaimed(claim.get(), action, provisioned.reason());
      } catch (RuntimeException e) {
        return failed(key, correlationId, e);
      } finally {
        release(claim.get());
      }
    }
  }

  private StageOutcome startClaimed(Claim claim, Action action, String plan) {
    RequestKey key = claim.key();
    Map<String, StepRecord> steps = ledger.steps(key);
    StepRecord earlier = steps.get(STEP);

    // A retried start must ask for exactly the same launch, or ECS refuses the client token: the
    // correlation id of the first attempt is kept and handed to the task again.
    StepRecord launched = steps.get(LAUNCH_STEP);
    String launchId = launched == null ? claim.owner() : launched.detail();
    if (launched == null) {
      ledger.done(claim, LAUNCH_STEP, launchId, clock.instant());
    }

    String taskId;
    boolean startedNow = earlier == null || !earlier.done();
    if (startedNow) {
      ledger.started(claim, STEP, clock.instant());
      taskId = tasks.start(launch(key, action, launchId, plan));
      ledger.done(claim, STEP, taskId, clock.instant());
      log.info("Atlantis task {} started for {}", taskId, key);
    } else {
      taskId = earlier.detail();
    }

    if (!steps.containsKey(COMMENT_STEP) || !steps.get(COMMENT_STEP).done()) {
      desk.comment(key, comment(taskId, plan, claim.owner()), Visibility.INTERNAL);
      ledger.done(claim, COMMENT_STEP, "", clock.instant());
    }
    return new StageOutcome(
        key,
        startedNow ? StageOutcome.Status.STARTED : StageOutcome.Status.ALREADY_STARTED,
        taskId);
  }

  private static TaskLaunch launch(
      RequestKey key, Action action, String correlationId, String plan) {
    Map<String, String> environment = new HashMap<>();
    environment.put("GATEHOUSE_REQUEST_KEY", key.value());
    environment.put("GATEHOUSE_ACTION", action.configName());
    environment.put("GATEHOUSE_CORRELATION_ID", correlationId);
    int room =
        TaskLaunch.MAX_ENVIRONMENT_BYTES
            - TaskLaunch.environmentBytes(environment)
            - utf8Length("GATEHOUSE_PLAN");
    environment.put("GATEHOUSE_PLAN", fitted(plan, Math.min(MAX_PLAN_BYTES, room)));
    return new TaskLaunch(key, correlationId, "atlantis-" + key.value(), environment);
  }

  /**
   * The plan, or as much of it as fits in so many UTF-8 bytes ending with {@value #CUT}. Cut by
   * bytes, not characters, since a plan naming groups in Japanese takes three bytes a character,
   * and between characters, never inside one.
   */
  static String fitted(String plan, int maxBytes) {
    if (utf8Length(plan) <= maxBytes) {
      return plan;
    }
    int room = maxBytes - CUT.length();
    int used = 0;
    int end = 0;
    while (end < plan.length()) {
      int c = plan.codePointAt(end);
      int bytes = utf8Length(Character.toString(c));
      if (used + bytes > room) {
        break;
      }
      used += bytes;
      end += Character.charCount(c);
    }
    return plan.substring(0, end) + CUT;
  }

  private static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * The internal comment on the started task. The plan names groups and logins, so it is escaped
   * like every other value in a comment, and cut so that the comment, its correlation id included,
   * stays within what Jira accepts.
   */
  static String comment(String taskId, String plan, String correlationId) {
    String head =
        "Gatehouse started the Atlantis task "
            + WikiText.escape(taskId)
            + " for this request.\n\nPlan: ";
    String tail = "\n\nCorrelation id: " + WikiText.escape(correlationId);
    int room = WikiText.MAX_COMMENT - head.length() - tail.length();
    String shown = WikiText.escape(plan);
    if (shown.length() > room) {
      // Escaping at most doubles the text: half the room, in whole characters, always fits.
      int end = room / 2 - CUT.length();
      if (Character.isHighSurrogate(plan.charAt(end - 1))) {
        end--;
      }
      shown = WikiText.escape(plan.substring(0, end) + CUT);
    }
    return head + shown + tail;
  }

  private StageOutcome failed(RequestKey key, String correlationId, RuntimeException e) {
    String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
    log.error("Atlantis task for {} could not be started: {}", key, reason, e);
    notifier.alert(new Alert("Atlantis could not start for " + key, reason, key, correlationId));
    try {
      desk.comment(
          key,
          WikiText.fit(
              "Gatehouse could not start the Atlantis task: "
                  + WikiText.escape(reason)
                  + "\n\nCorrelation id: "
                  + correlationId),
          Visibility.INTERNAL);
    } catch (RuntimeException commentFailure) {
      log.warn("could not comment on {} about the Atlantis failure", key);
    }
    return new StageOutcome(key, StageOutcome.Status.FAILED, reason);
  }

  private void release(Claim claim) {
    try {
      ledger.release(claim);
    } catch (RuntimeException e) {
      log.warn("could not release the claim on {}; it lapses by itself", claim.key());
    }
  }
}
