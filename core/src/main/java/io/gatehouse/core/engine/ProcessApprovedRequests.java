package io.gatehouse.core.engine;

import io.gatehouse.core.audit.AuditEvent;
import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.core.catalog.RequestType;
import io.gatehouse.core.catalog.Role;
import io.gatehouse.core.engine.RequestOutcome.Status;
import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.ledger.StepRecord;
import io.gatehouse.core.password.TemporaryPasswordGenerator;
import io.gatehouse.core.plan.PlanOutcome;
import io.gatehouse.core.plan.Planner;
import io.gatehouse.core.plan.ProvisioningPlan;
import io.gatehouse.core.policy.ApprovalPolicy;
import io.gatehouse.core.policy.Verdict;
import io.gatehouse.core.port.Alert;
import io.gatehouse.core.port.AuditTrail;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.port.LogContext;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.core.port.ServiceDesk;
import io.gatehouse.core.port.TaskRunner;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.core.request.ServiceRequest;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The main job. Lists the service desk's open requests, judges each handled one's approvals, turns
 * an approved request into a plan, executes it in the directory, reports on the request and
 * resolves it. A request that is not approved, or whose processing fails, stays open with the
 * reason in an internal comment, and the next run takes it up again.
 *
 * <p>Safe to run again and to run twice at once: each request is claimed in the ledger before
 * anything is changed, and every step is recorded there as it finishes, so no step is done twice.
 *
 * <p>Requests are independent, so a run works on several at once when its {@link Workers} allow:
 * the open list is read whole first, then each request is claimed, judged and provisioned on a
 * worker thread, with its own log context. The report keeps the desk's order. {@link #run} may be
 * called from several threads at once; every port given must then be safe for use by many threads.
 */
public final class ProcessApprovedRequests {
  private static final System.Logger LOG =
      System.getLogger(ProcessApprovedRequests.class.getName());
  private static final String RESOLVE = TicketReport.RESOLVE;

  private final ServiceDesk desk;
  private final IdentityDirectory directory;
  private final Ledger ledger;
  private final AuditTrail audit;
  private final Notifier notifier;
  private final Catalog catalog;
  private final TemporaryPasswordGenerator passwords;
  private final Clock clock;
  private final Supplier<String> correlationIds;
  private final LogContext logContext;
  private final Duration lease;
  private final Workers workers;
  private final ApprovalPolicy policy;
  private final Planner planner = new Planner();
  private final PlanExecution execution;
  private final Notices notices;
  private final ChangeGuard guard;
  private final Troubles troubles;
  private final TicketReport ticketReport;
  private final InfrastructureStage infrastructure;

  private ProcessApprovedRequests(Builder builder) {
    this.desk = required(builder.desk, "desk");
    this.directory = required(builder.directory, "directory");
    this.ledger = required(builder.ledger, "ledger");
    this.audit = required(builder.audit, "audit");
    this.notifier = required(builder.notifier, "notifier");
    this.catalog = required(builder.catalog, "catalog");
    this.passwords = required(builder.passwords, "passwords");
    this.clock = required(builder.clock, "clock");
    this.correlationIds = required(builder.correlationIds, "correlationIds");
    this.logContext = required(builder.logContext, "logContext");
    this.lease = required(builder.lease, "lease");
    if (lease.isNegative() || lease.isZero()) {
      // A claim that has lapsed as it is taken lets a second run take the request at once.
      throw new IllegalStateException("the job needs a lease longer than zero, not " + lease);
    }
    this.workers = builder.workers;
    this.execution = new PlanExecution(directory, ledger, passwords, clock);
    this.notices = new Notices(desk, ledger, clock);
    this.policy = new ApprovalPolicy(desk::groupsOf);
    this.guard = new ChangeGuard(ledger, clock);
    this.troubles = new Troubles(notices, notifier, audit, clock);
    this.ticketReport = new TicketReport(desk, directory, ledger, passwords, clock);
    this.infrastructure =
        new InfrastructureStage(Optional.ofNullable(builder.infrastructure), ledger, clock);
  }

  /** A job to be given its ports and settings; every one is required unless said otherwise. */
  public static Builder builder() {
    return new Builder();
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalStateException("the job needs " + name);
    }
    return value;
  }

  /** Collects what a job needs. */
  public static final class Builder {
    private ServiceDesk desk;
    private IdentityDirectory directory;
    private Ledger ledger;
    private AuditTrail audit;
    private Notifier notifier;
    private Catalog catalog;
    private TemporaryPasswordGenerator passwords;
    private Clock clock;
    private Supplier<String> correlationIds;
    private LogContext logContext;
    private Duration lease;
    private Workers workers = Workers.sequential();
    private TaskRunner infrastructure;

    private Builder() {}

    public Builder desk(ServiceDesk desk) {
      this.desk = desk;
      return this;
    }

    public Builder directory(IdentityDirectory directory) {
      this.directory = directory;
      return this;
    }

    public Builder ledger(Ledger ledger) {
      this.ledger = ledger;
      return this;
    }

    public Builder audit(AuditTrail audit) {
      this.audit = audit;
      return this;
    }

    public Builder notifier(Notifier notifier) {
      this.notifier = notifier;
      return this;
    }

    public Builder catalog(Catalog catalog) {
      this.catalog = catalog;
      return this;
    }

    public Builder passwords(TemporaryPasswordGenerator passwords) {
      this.passwords = passwords;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** A new id per run, unique across processes; it names the run everywhere it is shown. */
    public Builder correlationIds(Supplier<String> correlationIds) {
      this.correlationIds = correlationIds;
      return this;
    }

    public Builder logContext(LogContext logContext) {
      this.logContext = logContext;
      return this;
    }

    /** How long a claim on a request lasts should the run die holding it. */
    public Builder lease(Duration lease) {
      this.lease = lease;
      return this;
    }

    /**
     * How many requests a run works on at once, and on which threads; optional, by default one at a
     * time in the desk's order on the calling thread.
     */
    public Builder workers(Workers workers) {
      this.workers = Objects.requireNonNull(workers, "workers");
      return this;
    }

    /**
     * Starts the infrastructure task (such as an Atlantis run) for each provisioned request whose
     * type goes on to that stage, before it is reported and resolved; optional, by default there is
     * no such stage.
     */
    public Builder infrastructure(TaskRunner infrastructure) {
      this.infrastructure = Objects.requireNonNull(infrastructure, "infrastructure");
      return this;
    }

    /**
     * The job.
     *
     * @throws IllegalStateException naming the first thing it still needs
     */
    public ProcessApprovedRequests build() {
      return new ProcessApprovedRequests(this);
    }
  }

  /** Makes one pass over the open requests. Never throws for a failure it can report. */
  public RunReport run() {
    String correlationId = correlationIds.get();
    Instant started = clock.instant();
    try (LogContext.Scope scope = logContext.put("correlationId", correlationId)) {
      record(correlationId, null, "run.started", "");

      List<ServiceRequest> open;
      try {
        open = desk.openRequests();
      } catch (RuntimeException e) {
        String reason = "could not list the open requests: " + e.getMessage();
        if (Troubles.expected(e)) {
          LOG.log(Level.ERROR, reason);
        } else {
          LOG.log(Level.ERROR, reason, e);
        }
        record(correlationId, null, "run.failed", reason);
        notifier.alert(new Alert("Gatehouse run failed", reason, null, correlationId));
        return new RunReport(correlationId, started, clock.instant(), List.of(), reason);
      }

      List<RequestOutcome> outcomes =
          InOrderPool.map(
              open,
              workers,
              request -> onWorker(request, correlationId),
              (request, failure) -> unexpected(request, failure));
      RunReport report = new RunReport(correlationId, started, clock.instant(), outcomes, null);
      record(correlationId, null, "run.finished", summary(report));
      LOG.log(Level.INFO, "run finished: {0}", summary(report));
      return report;
    }
  }

  /**
   * Handles one request with the run's id in the log context, which is kept per thread and so must
   * be set again on a worker.
   */
  private RequestOutcome onWorker(ServiceRequest request, String correlationId) {
    try (LogContext.Scope scope = logContext.put("correlationId", correlationId)) {
      return handle(request, correlationId);
    }
  }

  /**
   * A failure outside the guarded steps, such as a ledger that cannot be reached for the claim. It
   * fails this request only; the others go on.
   */
  private RequestOutcome unexpected(ServiceRequest request, Throwable failure) {
    String reason =
        failure instanceof InterruptedException
            ? "the run was interrupted before this request finished"
            : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    LOG.log(Level.ERROR, "request " + request.key() + " failed: " + reason, failure);
    String type = catalog.find(request.requestTypeId()).map(RequestType::name).orElse("");
    return new RequestOutcome(
        request.key(),
        request.requestTypeId(),
        type.isEmpty() ? request.requestTypeId() : type,
        Status.FAILED,
        reason,
        List.of());
  }

  private RequestOutcome handle(ServiceRequest request, String correlationId) {
    Optional<RequestType> type = catalog.find(request.requestTypeId());
    if (type.isEmpty()) {
      List<String> changesMade = changesMadeToUnresolved(request.key());
      if (!changesMade.isEmpty()) {
        return retypedAfterChanges(request, correlationId, changesMade);
      }
      return new RequestOutcome(
          request.key(),
          request.requestTypeId(),
          request.requestTypeId(),
          Status.IGNORED,
          "not a handled type",
          List.of());
    }

    try (LogContext.Scope scope = logContext.put("requestKey", request.key().value())) {
      LOG.log(Level.INFO, "request {0} of type {1} seen", request.key(), type.get().name());
      Optional<Claim> claim = ledger.claim(request.key(), correlationId, clock.instant(), lease);
      if (claim.isEmpty()) {
        return outcome(request, type.get(), Status.BUSY, "another run is working on it");
      }
      Lease held = new Lease(ledger, clock, lease, claim.get());
      try {
        return process(request, type.get(), held);
      } catch (Lease.ClaimLost e) {
        LOG.log(Level.WARNING, "{0}; this run leaves the request alone", e.getMessage());
        return outcome(request, type.get(), Status.BUSY, "another run took it over");
      } catch (RuntimeException e) {
        if (takenOver(held)) {
          // A step outlasted the lease and another run holds the request now: the failure, such as
          // the ledger refusing this run's record, is that run's to resolve, not the ticket's.
          LOG.log(
              Level.WARNING,
              "request {0} failed after another run took it over ({1}); this run leaves it alone",
              request.key(),
              e.getMessage());
          return outcome(request, type.get(), Status.BUSY, "another run took it over");
        }
        return failed(request, type.get(), held.claim(), e);
      } finally {
        release(held.claim());
      }
    }
  }

  /**
   * What was already changed for a request Gatehouse has not resolved; empty for the requests of
   * other types it never touched.
   */
  private List<String> changesMadeToUnresolved(RequestKey key) {
    Map<String, StepRecord> recorded = ledger.steps(key);
    return recorded.containsKey(RESOLVE) ? List.of() : ChangeGuard.changesMade(recorded);
  }

  /**
   * A request changed in the directory whose type was since switched to one Gatehouse does not
   * handle: it is not left behind silently, but stopped on the ticket, in the log and in an alert.
   */
  private RequestOutcome retypedAfterChanges(
      ServiceRequest request, String correlationId, List<String> changesMade) {
    try (LogContext.Scope scope = logContext.put("requestKey", request.key().value())) {
      Optional<Claim> claim = ledger.claim(request.key(), correlationId, clock.instant(), lease);
      if (claim.isEmpty()) {
        return new RequestOutcome(
            request.key(),
            request.requestTypeId(),
            request.requestTypeId(),
            Status.BUSY,
            "another run is working on it",
            List.of());
      }
      try {
        String reason =
            troubles.failed(
                request.key(),
                claim.get(),
                new StepFailure(ChangeGuard.unhandledType(request.requestTypeId(), changesMade)));
        return new RequestOutcome(
            request.key(),
            request.requestTypeId(),
            request.requestTypeId(),
            Status.FAILED,
            reason,
            List.of());
      } finally {
        release(claim.get());
      }
    }
  }

  /** Whether another run has taken the request over; a ledger that cannot tell says no. */
  private static boolean takenOver(Lease held) {
    try {
      held.renew();
      return false;
    } catch (Lease.ClaimLost e) {
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private RequestOutcome process(ServiceRequest request, RequestType type, Lease lease) {
    Claim claim = lease.claim();
    String correlationId = claim.owner();
    Map<String, StepRecord> recorded = ledger.steps(request.key());
    if (recorded.containsKey(RESOLVE)) {
      return outcome(request, type, Status.ALREADY_DONE, "resolved by an earlier run");
    }
    List<String> changesMade = ChangeGuard.changesMade(recorded);
    guard.checkSameType(type, recorded.get(ChangeGuard.TYPE), changesMade);

    Verdict verdict =
        policy.judge(
            request, desk.approvals(request.key()), type.approval(), subjectOf(request, type));
    record(correlationId, request.key(), "request.decided", describe(verdict));
    guard.checkStillApproved(verdict, changesMade);
    if (verdict instanceof Verdict.Waiting waiting) {
      notices.post(
          claim,
          "waiting:" + waiting.reason(),
          TicketMessages.waiting(waiting.reason(), correlationId));
      return outcome(request, type, Status.WAITING, waiting.reason());
    }
    if (verdict instanceof Verdict.Rejected rejected) {
      notices.post(
          claim,
          "rejected:" + rejected.reason(),
          TicketMessages.rejected(rejected.reason(), correlationId));
      return outcome(request, type, Status.REJECTED, rejected.reason());
    }

    PlanOutcome planned = planner.plan(request, type);
    if (planned instanceof PlanOutcome.Invalid invalid) {
      guard.checkUnchanged(String.join("; ", invalid.problems()), changesMade);
      return invalid(request, type, claim, invalid.problems());
    }
    ProvisioningPlan plan = ((PlanOutcome.Ready) planned).plan();
    guard.pin(plan, type, recorded, changesMade, claim);
    record(correlationId, request.key(), "plan.ready", plan.describe());

    Provisioned provisioned = execution.execute(plan, lease);
    provisioned =
        infrastructure.start(plan, type, lease).map(provisioned::withAction).orElse(provisioned);
    provisioned.actions().forEach(action -> record(correlationId, request.key(), "step", action));
    ticketReport.report(request, type, plan, provisioned, (Verdict.Approved) verdict, lease);
    record(correlationId, request.key(), "request.resolved", "");
    return new RequestOutcome(
        request.key(),
        type.id(),
        type.name(),
        Status.PROVISIONED,
        plan.describe(),
        provisioned.actions());
  }

  /** The e-mail addresses or logins the request names for the person it is for. */
  private static Set<String> subjectOf(ServiceRequest request, RequestType type) {
    Set<String> subject = new HashSet<>();
    for (Role role : List.of(Role.LOGIN, Role.EMAIL)) {
      type.fieldFor(role)
          .flatMap(request::field)
          .map(value -> value.asText().strip())
          .filter(text -> !text.isEmpty())
          .ifPresent(subject::add);
    }
    return subject;
  }

  private RequestOutcome invalid(
      ServiceRequest request, RequestType type, Claim claim, List<String> problems) {
    return outcome(request, type, Status.INVALID, troubles.invalid(request.key(), claim, problems));
  }

  private RequestOutcome failed(
      ServiceRequest request, RequestType type, Claim claim, RuntimeException e) {
    return outcome(request, type, Status.FAILED, troubles.failed(request.key(), claim, e));
  }

  private static String describe(Verdict verdict) {
    if (verdict instanceof Verdict.Approved approved) {
      return "approved by "
          + approved.approvers().stream().map(person -> person.accountId()).toList();
    }
    return verdict instanceof Verdict.Waiting waiting
        ? "waiting: " + waiting.reason()
        : "rejected: " + ((Verdict.Rejected) verdict).reason();
  }

  private void release(Claim claim) {
    try {
      ledger.release(claim);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "could not release the claim on {0}; it lapses by itself", claim.key());
    }
  }

  private void record(String correlationId, RequestKey key, String type, String detail) {
    audit.record(new AuditEvent(clock.instant(), correlationId, key, type, detail));
  }

  private static RequestOutcome outcome(
      ServiceRequest request, RequestType type, Status status, String reason) {
    return new RequestOutcome(request.key(), type.id(), type.name(), status, reason, List.of());
  }

  private static String summary(RunReport report) {
    StringBuilder text = new StringBuilder();
    for (Status status : Status.values()) {
      long count = report.count(status);
      if (count > 0) {
        text.append(text.length() == 0 ? "" : ", ").append(count).append(' ').append(status);
      }
    }
    return text.length() == 0 ? "no open requests" : text.toString();
  }
}
