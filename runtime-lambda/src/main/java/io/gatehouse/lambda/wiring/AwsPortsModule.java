package io.gatehouse.lambda.wiring;

import com.google.inject.AbstractModule;
import io.gatehouse.core.port.AuditTrail;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.TaskRunner;
import io.gatehouse.lambda.config.AlertSettings;
import io.gatehouse.lambda.config.WorkerSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where the ports implemented by adapters-aws are bound for the deployed functions:
 * {@link SecretStore} on Secrets Manager, {@link Ledger} and {@link AuditTrail} on DynamoDB, {@link
 * Notifier} on Slack and {@link TaskRunner} on ECS.
 *
 * <p>adapters-aws does not provide these classes in this build yet. Until it does, every port is
 * reported at cold start as not bound, all at once, naming the setting it will be built from; see
 * the known gaps in docs/deploy-aws.md. Tests bind local stand-ins instead of this module.
 */
public final class AwsPortsModule extends AbstractModule {
  private final Map<Class<?>, String> ports;

  private AwsPortsModule(Map<Class<?>, String> ports) {
    this.ports = ports;
  }

  /** The ports the provisioning function needs. */
  public static AwsPortsModule forWorker(WorkerSettings settings) {
    Map<Class<?>, String> ports = new LinkedHashMap<>();
    ports.put(SecretStore.class, "Secrets Manager, secret " + settings.secretId());
    ports.put(Ledger.class, "DynamoDB, table " + settings.table());
    ports.put(AuditTrail.class, "DynamoDB, table " + settings.table());
    ports.put(Notifier.class, "Slack, webhook from the secret's field slackWebhookUrl");
    ports.put(TaskRunner.class, "ECS, cluster " + settings.atlantis().cluster());
    return new AwsPortsModule(ports);
  }

  /** The ports the alert function needs. */
  public static AwsPortsModule forAlerts(AlertSettings settings) {
    Map<Class<?>, String> ports = new LinkedHashMap<>();
    ports.put(SecretStore.class, "Secrets Manager, secret " + settings.secretId());
    ports.put(Notifier.class, "Slack, webhook from the secret's field slackWebhookUrl");
    return new AwsPortsModule(ports);
  }

  @Override
  protected void configure() {
    ports.forEach(
        (port, backing) ->
            addError(
                "%s is not bound: the adapters-aws implementation (%s) is not in this build",
                port.getSimpleName(), backing));
  }
}
