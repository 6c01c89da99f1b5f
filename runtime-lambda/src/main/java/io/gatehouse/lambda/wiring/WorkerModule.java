package io.gatehouse.lambda.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.core.engine.ProcessApprovedRequests;
import io.gatehouse.core.engine.Workers;
import io.gatehouse.core.password.TemporaryPasswordGenerator;
import io.gatehouse.core.port.AuditTrail;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.ServiceDesk;
import io.gatehouse.core.port.TaskRunner;
import io.gatehouse.jira.JiraModule;
import io.gatehouse.lambda.config.WorkerSettings;
import io.gatehouse.lambda.worker.RunWorker;
import io.gatehouse.okta.OktaDirectories;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The provisioning function's graph: the Jira and Okta adapters and the main job, which starts the
 * Atlantis task through the task runner. The ports adapters-aws implements (secrets, ledger, audit
 * trail, notifier, task runner) come from another module: {@link AwsPortsModule} in production,
 * stand-ins in tests.
 */
public final class WorkerModule extends AbstractModule {
  /**
   * Longer than the function's 15-minute timeout, so that a claim never lapses while the run that
   * holds it is still alive; a run killed at the timeout leaves a claim that lapses soon after.
   */
  static final Duration LEASE = Duration.ofMinutes(16);

  private final WorkerSettings settings;

  public WorkerModule(WorkerSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  protected void configure() {
    install(new JiraModule(settings.services().jira()));

    bind(Catalog.class).toInstance(settings.services().catalog());
    bind(Clock.class).toInstance(Clock.systemUTC());
  }

  @Provides
  @Singleton
  InvocationDeadline deadline(Clock clock) {
    return new InvocationDeadline(clock);
  }

  /**
   * Okta, within the configured budget of calls a minute, and never waiting out a rate limit past
   * the invocation's end (field case BC-10).
   */
  @Provides
  @Singleton
  IdentityDirectory directory(SecretStore secrets, InvocationDeadline deadline) {
    return OktaDirectories.paced(
        OktaDirectories.create(settings.services().okta(), secrets, deadline::timeLeft),
        settings.services().oktaRateLimitPerMinute());
  }

  @Provides
  @Singleton
  RunIds runIds() {
    return new RunIds(new SecureRandom());
  }

  @Provides
  @Singleton
  ProcessApprovedRequests job(
      ServiceDesk desk,
      IdentityDirectory directory,
      Ledger ledger,
      AuditTrail audit,
      Notifier notifier,
      Catalog catalog,
      Clock clock,
      RunIds ids,
      TaskRunner atlantis) {
    return ProcessApprovedRequests.builder()
        .desk(desk)
        .directory(directory)
        .ledger(ledger)
        .audit(audit)
        .notifier(notifier)
        .catalog(catalog)
        .passwords(new TemporaryPasswordGenerator(new SecureRandom()))
        .clock(clock)
        .correlationIds(ids)
        .logContext(new MdcLogContext())
        .lease(LEASE)
        .workers(new Workers(settings.services().concurrency(), new WorkerThreads()))
        .infrastructure(atlantis)
        .build();
  }

  @Provides
  @Singleton
  RunWorker worker(ProcessApprovedRequests job, RunIds ids) {
    return new RunWorker(job, ids);
  }
}
