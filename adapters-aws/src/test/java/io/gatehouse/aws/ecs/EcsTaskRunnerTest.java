package io.gatehouse.aws.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import io.gatehouse.aws.testing.CannedResponse;
import io.gatehouse.aws.testing.FakeAwsServer;
import io.gatehouse.aws.testing.TestAws;
import io.gatehouse.core.port.TaskLaunch;
import io.gatehouse.core.port.TaskRunner;
import io.gatehouse.core.port.TaskRunnerException;
import io.gatehouse.core.request.RequestKey;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EcsTaskRunnerTest {
  private static final String TASK_ARN =
      "arn:aws:ecs:eu-west-1:123456789012:task/gatehouse/0a1b2c3d4e5f67890a1b2c3d4e5f6789";
  private static final String STARTED =
      "{\"tasks\":[{\"taskArn\":\""
          + TASK_ARN
          + "\",\"clusterArn\":\"arn:aws:ecs:eu-west-1:123456789012:cluster/gatehouse\","
          + "\"lastStatus\":\"PROVISIONING\",\"desiredStatus\":\"RUNNING\","
          + "\"launchType\":\"FARGATE\",\"startedBy\":\"gatehouse/ITS-42\"}],\"failures\":[]}";
  private static final TaskLaunch LAUNCH =
      new TaskLaunch(
          RequestKey.of("ITS-42"),
          "run-7f3a",
          "atlantis-ITS-42",
          Map.of(
              "GATEHOUSE_REQUEST_KEY", "ITS-42",
              "GATEHOUSE_PLAN", "{\"stage\":\"atlantis\",\"dir\":\"okta/groups\"}",
              "GATEHOUSE_CORRELATION_ID", "run-7f3a"));

  private final FakeAwsServer ecs =
      FakeAwsServer.start("ecs", request -> CannedResponse.json(200, STARTED));

  @AfterEach
  void stop() {
    ecs.close();
  }

  @Test
  void start_runsOneFargateTask_withTheEnvironmentInTheContainerOverride() throws IOException {
    String taskArn = runner(ecs.endpoint()).start(LAUNCH);

    assertThat(taskArn).isEqualTo(TASK_ARN);
    assertThat(ecs.signatureProblems()).isEmpty();
    assertThat(ecs.requests()).hasSize(1);
    assertThat(ecs.requests().get(0).header("x-amz-target"))
        .isEqualTo("AmazonEC2ContainerServiceV20141113.RunTask");
    JsonNode body = new ObjectMapper().readTree(ecs.requests().get(0).bodyText());
    assertThat(body.path("cluster").asText()).isEqualTo("gatehouse");
    assertThat(body.path("taskDefinition").asText()).isEqualTo("gatehouse-atlantis:3");
    assertThat(body.path("launchType").asText()).isEqualTo("FARGATE");
    assertThat(body.path("count").asInt()).isEqualTo(1);
    assertThat(body.path("startedBy").asText()).isEqualTo("gatehouse/ITS-42");
    assertThat(body.path("clientToken").asText()).isEqualTo("atlantis-ITS-42");
    JsonNode vpc = body.path("networkConfiguration").path("awsvpcConfiguration");
    assertThat(vpc.path("subnets").toString()).isEqualTo("[\"subnet-0a1b\",\"subnet-0c2d\"]");
    assertThat(vpc.path("securityGroups").toString()).isEqualTo("[\"sg-0e3f\"]");
    assertThat(vpc.path("assignPublicIp").asText()).isEqualTo("DISABLED");
    JsonNode container = body.path("overrides").path("containerOverrides").get(0);
    assertThat(container.path("name").asText()).isEqualTo("runner");
    assertThat(container.path("environment").toString())
        .isEqualTo(
            "[{\"name\":\"GATEHOUSE_CORRELATION_ID\",\"value\":\"run-7f3a\"},"
                + "{\"name\":\"GATEHOUSE_PLAN\","
                + "\"value\":\"{\\\"stage\\\":\\\"atlantis\\\",\\\"dir\\\":\\\"okta/groups\\\"}\"},"
                + "{\"name\":\"GATEHOUSE_REQUEST_KEY\",\"value\":\"ITS-42\"}]");
  }

  @Test
  void start_sendsTheSameClientToken_whenTheSameLaunchIsRetried() {
    runner(ecs.endpoint()).start(LAUNCH);
    runner(ecs.endpoint()).start(LAUNCH);

    assertThat(ecs.requests())
        .extracting(request -> request.bodyText())
        .allSatisfy(body -> assertThat(body).contains("\"clientToken\":\"atlantis-ITS-42\""));
  }

  @Test
  void start_throwsRetryable_whenEcsHasNoCapacity() {
    ecs.respondWith(
        request ->
            CannedResponse.json(
                200,
                "{\"tasks\":[],\"failures\":[{\"arn\":\"arn:aws:ecs:eu-west-1:123456789012:"
                    + "container-instance/x\",\"reason\":\"RESOURCE:MEMORY\"}]}"));

    assertThatThrownBy(() -> runner(ecs.endpoint()).start(LAUNCH))
        .isInstanceOfSatisfying(TaskRunnerException.class, e -> assertThat(e.retryable()).isTrue())
        .hasMessage("ECS did not start the task for ITS-42: RESOURCE:MEMORY");
  }

  @Test
  void start_throwsForGood_withoutCallingEcs_whenTheEnvironmentIsTooLargeForAnOverride() {
    TaskLaunch large =
        new TaskLaunch(
            LAUNCH.requestKey(),
            "run-1",
            "atlantis-ITS-42",
            Map.of("GATEHOUSE_PLAN", "x".repeat(EcsTaskRunner.MAX_ENVIRONMENT_BYTES)));

    assertThatThrownBy(() -> runner(ecs.endpoint()).start(large))
        .isInstanceOfSatisfying(TaskRunnerException.class, e -> assertThat(e.retryable()).isFalse())
        .hasMessageContaining("ITS-42")
        .hasMessageContaining("7182 bytes");
    assertThat(ecs.requests()).isEmpty();
  }

  @Test
  void start_throwsNonRetryable_whenTheClusterDoesNotExist() {
    ecs.respondWith(
        request ->
            CannedResponse.json(
                400,
                "{\"__type\":\"ClusterNotFoundException\",\"message\":\"Cluster not found.\"}"));

    assertThatThrownBy(() -> runner(ecs.endpoint()).start(LAUNCH))
        .isInstanceOfSatisfying(TaskRunnerException.class, e -> assertThat(e.retryable()).isFalse())
        .hasMessageContaining("ClusterNotFoundException")
        .hasMessageContaining("ITS-42");
  }

  @Test
  void start_throwsRetryable_whenEcsCannotBeReached() {
    URI closed = ecs.endpoint();
    ecs.close();

    assertThatThrownBy(() -> runner(closed).start(LAUNCH))
        .isInstanceOfSatisfying(TaskRunnerException.class, e -> assertThat(e.retryable()).isTrue())
        .hasMessageContaining("could not be reached");
  }

  @Test
  void module_bindsTheRunner() {
    TaskRunner runner =
        Guice.createInjector(new EcsModule(settings(ecs.endpoint()), TestAws.credentials()))
            .getInstance(TaskRunner.class);

    assertThat(runner.start(LAUNCH)).isEqualTo(TASK_ARN);
  }

  @Test
  void settings_reportEveryProblem_withItsKey() {
    assertThatThrownBy(
            () ->
                new EcsSettings(
                    TestAws.connection(ecs.endpoint()),
                    " ",
                    null,
                    "",
                    List.of("vpc-1"),
                    List.of("sg-1", "sg-2", "sg-3", "sg-4", "sg-5", "sg-6"),
                    false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aws.ecs.cluster")
        .hasMessageContaining("aws.ecs.taskDefinition")
        .hasMessageContaining("aws.ecs.containerName")
        .hasMessageContaining("aws.ecs.subnets must be subnet ids")
        .hasMessageContaining("aws.ecs.securityGroups must name at most 5");
  }

  private static EcsSettings settings(URI endpoint) {
    return new EcsSettings(
        TestAws.connection(endpoint),
        "gatehouse",
        "gatehouse-atlantis:3",
        "runner",
        List.of("subnet-0a1b", "subnet-0c2d"),
        List.of("sg-0e3f"),
        false);
  }

  private static TaskRunner runner(URI endpoint) {
    return Guice.createInjector(new EcsModule(settings(endpoint), TestAws.credentials()))
        .getInstance(TaskRunner.class);
  }
}
