package io.gatehouse.lambda.support;

import io.gatehouse.aws.dynamodb.Dynalite;
import io.gatehouse.aws.dynamodb.Tables;
import io.gatehouse.aws.secrets.FakeSecretsManager;
import io.gatehouse.aws.slack.FakeWebhook;
import io.gatehouse.aws.testing.CannedResponse;
import io.gatehouse.aws.testing.FakeAwsServer;
import io.gatehouse.aws.testing.TestAws;
import io.gatehouse.lambda.config.SecretFields;
import io.gatehouse.lambda.wiring.AwsAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The real AWS adapters' loopback stand-ins, from adapters-aws's test-jar: dynalite with a fresh
 * ledger and audit table, Secrets Manager and ECS on SigV4-checking servers, and a Slack webhook.
 * The secret {@link World#SECRET_ID} holds the Jira and Okta tokens and the webhook's URL.
 */
public final class AwsStandIns implements AutoCloseable {
  public static final String TASK_ARN =
      "arn:aws:ecs:eu-west-1:123456789012:task/gatehouse/0a1b2c3d4e5f67890a1b2c3d4e5f6789";
  public static final String WEBHOOK_PATH = "/services/T000/B000/local";

  public final FakeSecretsManager secrets = new FakeSecretsManager();
  public final FakeAwsServer ecs =
      FakeAwsServer.start(
          "ecs",
          request ->
              CannedResponse.json(
                  200, "{\"tasks\":[{\"taskArn\":\"" + TASK_ARN + "\"}],\"failures\":[]}"));
  public final FakeWebhook slack = webhook();
  public final String ledgerTable;
  public final String auditTable;
  private final Dynalite dynalite;

  public AwsStandIns(Dynalite dynalite) {
    this.dynalite = dynalite;
    try (DynamoDbClient client = Tables.client(dynalite)) {
      ledgerTable = Tables.ledger(client);
      auditTable = Tables.audit(client);
    }
    secrets.putString(
        World.SECRET_ID,
        """
        {"%s": "%s", "%s": "%s", "%s": "%s"}"""
            .formatted(
                SecretFields.JIRA_API_TOKEN,
                World.JIRA_TOKEN,
                SecretFields.OKTA_API_TOKEN,
                World.OKTA_TOKEN,
                SecretFields.SLACK_WEBHOOK_URL,
                slack.url(WEBHOOK_PATH)));
  }

  /** Static test credentials and every service on loopback: nothing reaches AWS. */
  public AwsAccess access() {
    return new AwsAccess(
        "eu-west-1",
        TestAws.credentials(),
        Map.of(
            "dynamodb", dynalite.endpoint(),
            "secretsmanager", secrets.server().endpoint(),
            "ecs", ecs.endpoint()));
  }

  /** The provisioning function's environment, with this stand-in's tables. */
  public Map<String, String> environment(World world) {
    Map<String, String> env = world.environment();
    env.put("GATEHOUSE_LEDGER_TABLE", ledgerTable);
    env.put("GATEHOUSE_AUDIT_TABLE", auditTable);
    return env;
  }

  @Override
  public void close() {
    secrets.close();
    ecs.close();
    slack.close();
  }

  private static FakeWebhook webhook() {
    try {
      return new FakeWebhook();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
