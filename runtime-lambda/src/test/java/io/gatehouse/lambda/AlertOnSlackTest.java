package io.gatehouse.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import io.gatehouse.aws.dynamodb.Dynalite;
import io.gatehouse.aws.dynamodb.DynaliteExtension;
import io.gatehouse.lambda.config.AlertSettings;
import io.gatehouse.lambda.config.LambdaSettings;
import io.gatehouse.lambda.support.AwsStandIns;
import io.gatehouse.lambda.support.Events;
import io.gatehouse.lambda.support.TestContext;
import io.gatehouse.lambda.support.World;
import io.gatehouse.lambda.wiring.AwsPortsModule;
import io.gatehouse.lambda.wiring.Graphs;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The alert function through its real entry point on the real adapters, as wired at cold start: the
 * webhook URL read from the secret on a SigV4-checking Secrets Manager stand-in, the alert posted
 * to a loopback Slack webhook.
 */
@ExtendWith(DynaliteExtension.class)
class AlertOnSlackTest {
  private AwsStandIns aws;

  @AfterEach
  void stop() {
    aws.close();
  }

  @Test
  void stoppedAtlantisTask_isPostedToTheSlackWebhookNamedInTheSecret(Dynalite dynalite) {
    aws = new AwsStandIns(dynalite);
    AlertSettings settings =
        LambdaSettings.alert(
            Map.of("AWS_REGION", "eu-west-1", "GATEHOUSE_SECRET_ID", World.SECRET_ID));
    AlertHandler handler =
        new AlertHandler(Graphs.alert(AwsPortsModule.forAlerts(settings, aws.access())));

    handler.handleRequest(
        Events.read("sns-eventbridge-ecs-stopped.json", SNSEvent.class),
        new TestContext("req-alert"));

    assertThat(aws.secrets.server().signatureProblems()).isEmpty();
    assertThat(aws.slack.posts())
        .singleElement()
        .satisfies(
            post -> {
              assertThat(post.path()).isEqualTo(AwsStandIns.WEBHOOK_PATH);
              assertThat(post.contentType()).startsWith("application/json");
              assertThat(post.body())
                  .contains("ITS-101")
                  .contains("run-3f9a1c2b7d4e")
                  .doesNotContain(World.JIRA_TOKEN)
                  .doesNotContain(World.OKTA_TOKEN);
            });
  }
}
