package io.gatehouse.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatehouse.aws.dynamodb.Dynalite;
import io.gatehouse.aws.dynamodb.DynaliteExtension;
import io.gatehouse.lambda.config.LambdaSettings;
import io.gatehouse.lambda.config.WorkerSettings;
import io.gatehouse.lambda.support.AwsStandIns;
import io.gatehouse.lambda.support.Events;
import io.gatehouse.lambda.support.World;
import io.gatehouse.lambda.wiring.AwsPortsModule;
import io.gatehouse.lambda.wiring.Graphs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provisioning function through its real entry point on the real AWS adapters, as it is wired
 * at cold start: the JSM and Okta simulators, DynamoDB on dynalite, Secrets Manager and ECS on
 * SigV4-checking loopback servers, Slack on a loopback webhook.
 */
@ExtendWith(DynaliteExtension.class)
class ProvisioningOnAwsAdaptersTest {
  private World world;
  private AwsStandIns aws;
  private ProvisioningHandler handler;

  @BeforeEach
  void start(Dynalite dynalite) {
    world = World.start();
    aws = new AwsStandIns(dynalite);
    handler = worker();
  }

  @AfterEach
  void stop() {
    aws.close();
    world.close();
  }

  @Test
  void handedOffRun_provisionsTheRequest_andStartsOneAtlantisTask_onTheAwsAdapters()
      throws Exception {
    JsonNode answer = Invoke.stream(handler, Events.text("worker-run.json"));

    assertThat(answer.path("outcomes").path(World.APPROVED).asText()).isEqualTo("PROVISIONED");
    assertThat(world.okta.user("sam.ortiz@acme.example")).isPresent();
    assertThat(world.jsm.comments(World.APPROVED))
        .anySatisfy(c -> assertThat(c.body()).contains(AwsStandIns.TASK_ARN));
    assertThat(aws.ecs.requests()).hasSize(1);
    assertThat(aws.ecs.signatureProblems()).isEmpty();
    assertThat(aws.secrets.server().signatureProblems()).isEmpty();
    JsonNode runTask = new ObjectMapper().readTree(aws.ecs.requests().get(0).bodyText());
    assertThat(runTask.path("clientToken").asText()).isEqualTo("gatehouse-" + World.APPROVED);
    assertThat(runTask.path("cluster").asText()).isEqualTo("gatehouse");
    assertThat(runTask.path("overrides").path("containerOverrides").get(0).toString())
        .contains("\"name\":\"atlantis\"")
        .contains("GATEHOUSE_CORRELATION_ID")
        .contains("run-0a1b2c3d4e5f");
  }

  @Test
  void secondContainer_findsTheFirstRunsStepsInDynamoDb_andStartsNoSecondTask() {
    Invoke.stream(handler, Events.text("worker-run.json"));

    JsonNode answer =
        Invoke.stream(worker(), "{\"gatehouse\":\"run\",\"correlationId\":\"run-second\"}");

    assertThat(answer.path("outcomes").path(World.APPROVED).isMissingNode()).isTrue();
    assertThat(aws.ecs.requests()).hasSize(1);
    assertThat(world.okta.user("sam.ortiz@acme.example")).isPresent();
  }

  private ProvisioningHandler worker() {
    WorkerSettings settings = LambdaSettings.worker(aws.environment(world));
    return new ProvisioningHandler(
        Graphs.worker(settings, AwsPortsModule.forWorker(settings, aws.access())));
  }
}
