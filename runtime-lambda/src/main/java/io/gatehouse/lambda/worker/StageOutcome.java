package io.gatehouse.lambda.worker;

import io.gatehouse.core.request.RequestKey;
import java.util.Objects;

/**
 * What the Atlantis stage did for one provisioned request.
 *
 * @param key the request
 * @param status the outcome
 * @param detail the task's id when one runs, or why not
 */
public record StageOutcome(RequestKey key, Status status, String detail) {
  public StageOutcome {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(status, "status");
    detail = detail == null ? "" : detail;
  }

  /** How the stage left a request. */
  public enum Status {
    /** The task was started in this run. */
    STARTED,
    /** An earlier run had started it; nothing was started again. */
    ALREADY_STARTED,
    /** Another run holds the request right now. */
    BUSY,
    /** The task could not be started; an alert was raised. */
    FAILED
  }
}
