package io.gatehouse.lambda.support;

import io.gatehouse.core.port.TaskLaunch;
import io.gatehouse.core.port.TaskRunner;
import io.gatehouse.core.port.TaskRunnerException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stands in for the ECS task runner of adapters-aws: keeps every launch, answers a task ARN,
 * honours the idempotency key as ECS honours a client token, refuses an environment larger than a
 * launch may carry, and can be told to refuse.
 */
public final class RecordingTaskRunner implements TaskRunner {
  private final List<TaskLaunch> started = new ArrayList<>();
  private final Map<String, String> byIdempotencyKey = new HashMap<>();
  private final List<TaskLaunch> attempts = new ArrayList<>();
  private String refusal;
  private int answersToLose;

  @Override
  public synchronized String start(TaskLaunch launch) {
    attempts.add(launch);
    if (refusal != null) {
      throw new TaskRunnerException(refusal, false);
    }
    if (launch.environmentBytes() > TaskLaunch.MAX_ENVIRONMENT_BYTES) {
      // As the ECS runner does: an override that large is refused for good.
      throw new TaskRunnerException(
          "the environment of the task for " + launch.requestKey() + " is too large", false);
    }
    String taskId =
        byIdempotencyKey.computeIfAbsent(
            launch.idempotencyKey(),
            key -> {
              started.add(launch);
              return "arn:aws:ecs:eu-west-1:123456789012:task/gatehouse/" + started.size();
            });
    if (answersToLose > 0) {
      answersToLose--;
      throw new TaskRunnerException("ECS: the answer to RunTask was lost", true);
    }
    return taskId;
  }

  /** The next call starts its task but its caller never hears so, as when a connection drops. */
  public synchronized void loseNextAnswer() {
    answersToLose = 1;
  }

  /** Every call, whether it started a task or not, oldest first. */
  public synchronized List<TaskLaunch> attempts() {
    return List.copyOf(attempts);
  }

  /** Every call from now on fails with this message, until {@link #accept}. */
  public synchronized void refuse(String message) {
    this.refusal = message;
  }

  /** Calls from now on start tasks again. */
  public synchronized void accept() {
    this.refusal = null;
  }

  /** The launches that started a task, oldest first. */
  public synchronized List<TaskLaunch> started() {
    return List.copyOf(started);
  }
}
