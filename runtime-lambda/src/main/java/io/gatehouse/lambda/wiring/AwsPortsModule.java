package io.gatehouse.lambda.wiring;

import com.google.inject.AbstractModule;
import io.gatehouse.aws.AwsConnection;
import io.gatehouse.aws.dynamodb.DynamoDbModule;
import io.gatehouse.aws.dynamodb.DynamoDbSettings;
import io.gatehouse.aws.ecs.EcsModule;
import io.gatehouse.aws.ecs.EcsSettings;
import io.gatehouse.aws.secrets.SecretsManagerModule;
import io.gatehouse.aws.secrets.SecretsManagerSettings;
import io.gatehouse.aws.slack.SlackModule;
import io.gatehouse.aws.slack.SlackSettings;
import io.gatehouse.core.port.AuditTrail;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.TaskRunner;
import io.gatehouse.lambda.config.AlertSettings;
import io.gatehouse.lambda.config.AtlantisSettings;
import io.gatehouse.lambda.config.SecretFields;
import io.gatehouse.lambda.config.WorkerSettings;
import java.time.Duration;
import java.util.List;

/**
 * The one place where the ports implemented by adapters-aws are bound for the deployed functions:
 * {@link SecretStore} on Secrets Manager (the function's one secret), {@link Ledger} and {@link
 * AuditTrail} on their DynamoDB tables, {@link Notifier} on the Slack webhook named by the secret's
 * field {@value SecretFields#SLACK_WEBHOOK_URL}, and {@link TaskRunner} on ECS. Every client is
 * built from the function's {@link AwsAccess}. Settings the adapters refuse fail the graph at cold
 * start, all problems in one message.
 */
public final class AwsPortsModule extends AbstractModule {
  /** Secrets are fetched again after this long, and at once when Jira or Okta reject one. */
  private static final Duration SECRET_CACHE = Duration.ofMinutes(15);

  private final AwsAccess access;
  private final String secretId;
  private final List<AbstractModule> adapters;

  private AwsPortsModule(AwsAccess access, String secretId, List<AbstractModule> adapters) {
    this.access = access;
    this.secretId = secretId;
    this.adapters = adapters;
  }

  /** The ports the provisioning function needs. */
  public static AwsPortsModule forWorker(WorkerSettings settings, AwsAccess access) {
    DynamoDbSettings tables =
        new DynamoDbSettings(
            access.connection("dynamodb"), settings.ledgerTable(), settings.auditTable());
    return new AwsPortsModule(
        access,
        settings.secretId(),
        List.of(
            new DynamoDbModule(tables, access.credentials()),
            new EcsModule(
                ecs(settings.atlantis(), access.connection("ecs")), access.credentials())));
  }

  /** The ports the alert function needs. */
  public static AwsPortsModule forAlerts(AlertSettings settings, AwsAccess access) {
    return new AwsPortsModule(access, settings.secretId(), List.of());
  }

  @Override
  protected void configure() {
    install(
        new SecretsManagerModule(
            new SecretsManagerSettings(access.connection("secretsmanager"), SECRET_CACHE),
            access.credentials()));
    install(
        new SlackModule(
            SlackSettings.of(SecretFields.ref(secretId, SecretFields.SLACK_WEBHOOK_URL))));
    adapters.forEach(this::install);
  }

  private static EcsSettings ecs(AtlantisSettings atlantis, AwsConnection connection) {
    return new EcsSettings(
        connection,
        atlantis.cluster(),
        atlantis.taskDefinition(),
        atlantis.containerName(),
        atlantis.subnets(),
        atlantis.securityGroups(),
        false);
  }
}
