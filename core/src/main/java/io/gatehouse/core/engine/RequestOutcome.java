package io.gatehouse.core.engine;

import io.gatehouse.core.request.RequestKey;
import java.util.List;
import java.util.Objects;

/**
 * What one run decided and did for one request.
 *
 * @param key the request
 * @param requestTypeId the service desk's id of the request's type
 * @param requestType the request type's name, or its id when Gatehouse does not handle it
 * @param status the outcome
 * @param reason why, in a sentence; for a provisioned request, the plan
 * @param actions what was done or found already done, step by step, in order
 */
public record RequestOutcome(
    RequestKey key,
    String requestTypeId,
    String requestType,
    Status status,
    String reason,
    List<String> actions) {

  public RequestOutcome {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(requestTypeId, "requestTypeId");
    Objects.requireNonNull(requestType, "requestType");
    Objects.requireNonNull(status, "status");
    reason = reason == null ? "" : reason;
    actions = List.copyOf(actions);
  }

  /** How a request left the run. */
  public enum Status {
    /** Provisioned, reported and resolved in this run. */
    PROVISIONED,
    /** Provisioned and resolved by an earlier run; nothing was changed. */
    ALREADY_DONE,
    /** Not yet decided; left open for a later run. */
    WAITING,
    /** Declined, or approved by too few eligible people; left open for a person to act. */
    REJECTED,
    /** Filled in wrongly (a bad e-mail, a group not allowed); left open with the problems. */
    INVALID,
    /** Processing failed; left open and tried again on the next run. */
    FAILED,
    /** Another run is working on it right now. */
    BUSY,
    /** Not a request type Gatehouse handles. */
    IGNORED;

    /** Whether a person must look at the request before it can go on. */
    public boolean needsAttention() {
      return this == INVALID || this == FAILED;
    }
  }
}
