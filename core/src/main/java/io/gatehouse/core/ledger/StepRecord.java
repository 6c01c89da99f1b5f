package io.gatehouse.core.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * What the ledger knows of one step of one request.
 *
 * @param stepId the step's stable id within its request
 * @param state started (attempted, outcome unknown) or done
 * @param detail what the step produced that later steps need, such as the created account's id;
 *     never a secret
 * @param at when the state was recorded
 */
public record StepRecord(String stepId, State state, String detail, Instant at) {
  public StepRecord {
    Objects.requireNonNull(stepId, "stepId");
    Objects.requireNonNull(state, "state");
    detail = detail == null ? "" : detail;
    Objects.requireNonNull(at, "at");
  }

  public boolean done() {
    return state == State.DONE;
  }

  /** A step is started before its call is made and done once its effect is confirmed. */
  public enum State {
    STARTED,
    DONE
  }
}
