package io.gatehouse.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.core.catalog.CatalogReader;
import io.gatehouse.core.config.ConfigProblems;
import io.gatehouse.core.config.ConfigSection;
import io.gatehouse.core.engine.ProcessApprovedRequests;
import io.gatehouse.core.engine.RequestOutcome;
import io.gatehouse.core.engine.RunReport;
import io.gatehouse.core.password.TemporaryPasswordGenerator;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.port.LogContext;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.ServiceDesk;
import io.gatehouse.core.secret.SecretRef;
import io.gatehouse.http.demo.DemoWorld;
import io.gatehouse.http.local.LocalAdapters;
import io.gatehouse.jira.JiraServiceDesks;
import io.gatehouse.jira.JiraSettings;
import io.gatehouse.okta.OktaAuth;
import io.gatehouse.okta.OktaDirectories;
import io.gatehouse.okta.OktaSettings;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The example of docs/embedding.md, run against the simulators. */
class EmbeddingExampleTest {
  @Test
  void theDocumentedWiring_provisionsAnApprovedRequest() {
    try (DemoWorld world = DemoWorld.start(new DemoWorld.Setup(false, "temporary-password"))) {
      Path folder = world.configFile().getParent();
      URI jiraSite = URI.create(world.jsm().baseUrl());
      URI oktaOrg = URI.create(world.okta().baseUrl());

      // As in docs/embedding.md, with the simulators' addresses and the demo's secret files.
      SecretStore secrets = LocalAdapters.secretStore(Map.of(), folder);
      ServiceDesk desk =
          JiraServiceDesks.create(
              JiraSettings.of(
                  jiraSite,
                  "3",
                  "gatehouse-bot@acme.example",
                  SecretRef.parse("file:jira-token"),
                  "Resolve this issue"),
              secrets);
      IdentityDirectory okta =
          OktaDirectories.create(
              OktaSettings.of(oktaOrg, new OktaAuth.ApiToken(SecretRef.parse("file:okta-token"))),
              secrets);

      ConfigProblems problems = new ConfigProblems();
      Catalog catalog =
          CatalogReader.read(
              ConfigSection.root(
                  Map.of(
                      "requestTypes",
                      List.of(
                          Map.of(
                              "id", "25",
                              "action", "onboard",
                              "fields",
                                  Map.of(
                                      "email", "customfield_10071",
                                      "firstName", "customfield_10070",
                                      "lastName", "customfield_10069")))),
                  problems));
      assertThat(problems.list()).isEmpty();

      Path database = folder.resolve("embedded.db");
      ProcessApprovedRequests job =
          ProcessApprovedRequests.builder()
              .desk(desk)
              .directory(okta)
              .ledger(LocalAdapters.ledger(database))
              .audit(LocalAdapters.auditTrail(database))
              .notifier(LocalAdapters.logNotifier())
              .catalog(catalog)
              .passwords(new TemporaryPasswordGenerator(new SecureRandom()))
              .clock(Clock.systemUTC())
              .correlationIds(() -> "run-" + UUID.randomUUID())
              .logContext(LogContext.NONE)
              .lease(Duration.ofMinutes(16))
              .build();

      RunReport report = job.run();

      assertThat(report.outcomes())
          .filteredOn(outcome -> outcome.key().value().equals("ITS-101"))
          .extracting(RequestOutcome::status)
          .containsExactly(RequestOutcome.Status.PROVISIONED);
      assertThat(world.okta().user("sam.ortiz@acme.example")).isPresent();
    }
  }
}
