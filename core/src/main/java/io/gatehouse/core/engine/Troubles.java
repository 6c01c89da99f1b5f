package io.gatehouse.core.engine;

import io.gatehouse.core.audit.AuditEvent;
import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.port.Alert;
import io.gatehouse.core.port.AuditTrail;
import io.gatehouse.core.port.DirectoryException;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.core.port.SecretUnavailableException;
import io.gatehouse.core.port.ServiceDeskException;
import io.gatehouse.core.port.TaskRunnerException;
import io.gatehouse.core.request.RequestKey;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;

/**
 * Makes a request that cannot go on visible everywhere it must be: in the log, in the audit trail,
 * on the ticket as an internal comment (once per reason) and in an alert (when the reason is new,
 * or when the ticket could not be told).
 */
final class Troubles {
  private static final System.Logger LOG = System.getLogger(Troubles.class.getName());

  private final Notices notices;
  private final Notifier notifier;
  private final AuditTrail audit;
  private final Clock clock;

  Troubles(Notices notices, Notifier notifier, AuditTrail audit, Clock clock) {
    this.notices = notices;
    this.notifier = notifier;
    this.audit = audit;
    this.clock = clock;
  }

  /** Reports a request filled in wrongly; answers the reason. */
  String invalid(RequestKey key, Claim claim, List<String> problems) {
    String reason = String.join("; ", problems);
    record(claim, key, "request.invalid", reason);
    LOG.log(Level.WARNING, "request {0} is invalid: {1}", key, reason);

    if (notices.post(claim, "invalid:" + reason, TicketMessages.invalid(problems, claim.owner()))) {
      notifier.alert(
          new Alert(
              "Request " + key + " cannot be provisioned as filled in",
              reason,
              key,
              claim.owner()));
    }
    return reason;
  }

  /** Reports a request whose processing failed; answers the reason. */
  String failed(RequestKey key, Claim claim, RuntimeException e) {
    String reason = describe(e);
    if (expected(e)) {
      LOG.log(Level.ERROR, "request {0} failed: {1}", key, reason);
    } else {
      LOG.log(Level.ERROR, "request " + key + " failed: " + reason, e);
    }
    record(claim, key, "request.failed", reason);

    boolean posted;
    try {
      posted =
          notices.post(
              claim,
              "failed:" + reason,
              TicketMessages.failed(reason, mayPassByItself(e), claim.owner()));
    } catch (RuntimeException commentFailure) {
      LOG.log(
          Level.WARNING,
          "could not comment on {0} about its failure: {1}",
          key,
          commentFailure.getMessage());
      posted = true;
    }
    if (posted) {
      notifier.alert(new Alert("Request " + key + " failed", reason, key, claim.owner()));
    }
    return reason;
  }

  /**
   * Failures whose message says all there is to say: refusals, and the services or secrets being
   * out of reach. Anything else is a defect, and its stack trace is logged too.
   */
  /**
   * Whether the same step may succeed on a later run without anyone changing anything, such as
   * after an outage; a refusal that names the request's content, an account or a setting needs a
   * person first.
   */
  private static boolean mayPassByItself(RuntimeException e) {
    if (e instanceof DirectoryException directory) {
      return directory.retryable();
    }
    if (e instanceof ServiceDeskException desk) {
      return desk.retryable();
    }
    if (e instanceof TaskRunnerException task) {
      return task.retryable();
    }
    return !(e instanceof StepFailure);
  }

  static boolean expected(RuntimeException e) {
    return e instanceof StepFailure
        || e instanceof ServiceDeskException
        || e instanceof DirectoryException
        || e instanceof SecretUnavailableException
        || e instanceof TaskRunnerException;
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof StepFailure) {
      return message;
    }
    return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
  }

  private void record(Claim claim, RequestKey key, String type, String detail) {
    audit.record(new AuditEvent(clock.instant(), claim.owner(), key, type, detail));
  }
}
