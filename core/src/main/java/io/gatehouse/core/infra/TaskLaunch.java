package io.gatehouse.core.infra;

import java.util.Objects;

/** What the runner answered to a request to start an infrastructure job. */
public sealed interface TaskLaunch {

  /** The task was accepted and is starting; {@code taskId} finds it in the runner's console. */
  record Started(String taskId) implements TaskLaunch {
    public Started {
      Objects.requireNonNull(taskId, "taskId");
    }
  }

  /**
   * The runner did not start the task, for a reason of its own (no capacity, a job too large).
   *
   * @param reason the runner's reason, with no secret in it
   * @param retryable whether the same job may start later without anyone changing anything
   */
  record Refused(String reason, boolean retryable) implements TaskLaunch {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
