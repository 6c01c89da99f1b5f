package io.gatehouse.http.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.core.engine.PreviewPlans;
import io.gatehouse.core.engine.ProcessApprovedRequests;
import io.gatehouse.core.engine.Workers;
import io.gatehouse.core.password.TemporaryPasswordGenerator;
import io.gatehouse.core.port.AuditTrail;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.ServiceDesk;
import io.gatehouse.http.config.GatehouseConfig;
import io.gatehouse.http.local.LocalAdaptersModule;
import io.gatehouse.jira.JiraModule;
import io.gatehouse.okta.OktaDirectories;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Wires the standalone runtime: the Jira and Okta adapters, the local ledger, audit trail, secrets
 * and notifier, and the main job, all from one validated configuration.
 *
 * <p>The Okta directory is wrapped in {@link OktaPacedDirectory}, one budget per process, so that
 * the job's workers together stay within {@code okta.rateLimitPerMinute} in every Okta bucket.
 */
public final class GatehouseModule extends AbstractModule {
  /** Long enough for one request's calls, short enough that a crashed run's claim lapses soon. */
  private static final Duration LEASE = Duration.ofMinutes(10);

  private final GatehouseConfig config;
  private final Path configFolder;

  /**
   * @param config the validated configuration
   * @param configFolder the folder relative {@code file:} secret references are resolved against
   */
  public GatehouseModule(GatehouseConfig config, Path configFolder) {
    this.config = Objects.requireNonNull(config, "config");
    this.configFolder = Objects.requireNonNull(configFolder, "configFolder");
  }

  @Override
  protected void configure() {
    install(new LocalAdaptersModule(config.database(), configFolder));
    install(new JiraModule(config.jira()));
    bind(GatehouseConfig.class).toInstance(config);
    bind(Catalog.class).toInstance(config.catalog());
  }

  @Provides
  @Singleton
  PreviewPlans previews(ServiceDesk desk, Catalog catalog) {
    return new PreviewPlans(desk, catalog);
  }

  @Provides
  @Singleton
  SecureRandom random() {
    return new SecureRandom();
  }

  @Provides
  @Singleton
  IdentityDirectory directory(SecretStore secrets) {
    return OktaDirectories.paced(
        OktaDirectories.create(Settings.okta(config.okta()), secrets),
        config.okta().rateLimitPerMinute());
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
      SecureRandom random) {
    return ProcessApprovedRequests.builder()
        .desk(desk)
        .directory(directory)
        .ledger(ledger)
        .audit(audit)
        .notifier(notifier)
        .catalog(catalog)
        .passwords(new TemporaryPasswordGenerator(random))
        .clock(Clock.systemUTC())
        .correlationIds(new CorrelationIds(random))
        .logContext(new MdcLogContext())
        .lease(LEASE)
        .workers(new Workers(config.job().concurrency(), new WorkerThreads()))
        .build();
  }
}
