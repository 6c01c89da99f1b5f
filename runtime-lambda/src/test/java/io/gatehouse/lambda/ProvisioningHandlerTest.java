package io.gatehouse.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.core.port.TaskLaunch;
import io.gatehouse.lambda.support.Events;
import io.gatehouse.lambda.support.World;
import io.gatehouse.testkit.jsm.JsmComment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * The worker through its real entry point, against both simulators on loopback and stand-ins for
 * the AWS ports.
 */
class ProvisioningHandlerTest {
  private World world;
  private ProvisioningHandler handler;

  @BeforeEach
  void start() {
    world = World.start();
    handler = world.worker();
  }

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void handedOffRun_provisionsTheApprovedRequest_underTheWebhooksCorrelationId() {
    JsonNode answer = Invoke.stream(handler, Events.text("worker-run.json"));

    assertThat(answer.path("correlationId").asText()).isEqualTo("run-0a1b2c3d4e5f");
    assertThat(answer.path("outcomes").path(World.APPROVED).asText()).isEqualTo("PROVISIONED");
    assertThat(answer.path("outcomes").path(World.PENDING).asText()).isEqualTo("WAITING");
    assertThat(world.okta.user("sam.ortiz@acme.example")).isPresent();
    assertThat(world.jsm.status(World.APPROVED)).isEqualTo(World.RESOLVED);
    assertThat(world.jsm.comments(World.APPROVED))
        .anySatisfy(c -> assertThat(c.body()).contains("Correlation id: run-0a1b2c3d4e5f"));
  }

  @Test
  void handedOffRun_startsAtlantisForTheProvisionedRequest_withItsKeyPlanAndCorrelationId() {
    JsonNode answer = Invoke.stream(handler, Events.text("worker-run.json"));

    assertThat(answer.path("outcomes").path(World.APPROVED).asText()).isEqualTo("PROVISIONED");
    TaskLaunch launch = world.ports.tasks.started().get(0);
    assertThat(world.ports.tasks.started()).hasSize(1);
    assertThat(launch.requestKey().value()).isEqualTo(World.APPROVED);
    assertThat(launch.environment())
        .containsEntry("GATEHOUSE_REQUEST_KEY", World.APPROVED)
        .containsEntry("GATEHOUSE_ACTION", "onboard")
        .containsEntry("GATEHOUSE_CORRELATION_ID", "run-0a1b2c3d4e5f")
        .containsKey("GATEHOUSE_PLAN");
    assertThat(launch.environment().get("GATEHOUSE_PLAN")).contains("sam.ortiz@acme.example");
    String taskArn =
        world.ports.ledger.steps(launch.requestKey()).get("infrastructure-task").detail();
    assertThat(taskArn).startsWith("arn:aws:ecs:");
    assertThat(world.jsm.comments(World.APPROVED))
        .filteredOn(c -> c.body().contains(taskArn))
        .singleElement()
        .satisfies(c -> assertThat(c.isPublic()).isFalse())
        .extracting(JsmComment::body)
        .asString()
        .contains("started infrastructure task " + taskArn)
        .contains("run-0a1b2c3d4e5f");
  }

  @Test
  void secondRun_startsNoSecondAtlantisTask_andPostsNoSecondComment() {
    Invoke.stream(handler, Events.text("worker-run.json"));

    Invoke.stream(world.worker(), "{\"gatehouse\":\"run\",\"correlationId\":\"run-second\"}");

    assertThat(world.ports.tasks.started()).hasSize(1);
    assertThat(world.jsm.comments(World.APPROVED))
        .filteredOn(c -> c.body().contains("infrastructure task"))
        .hasSize(1);
  }

  @Test
  void startWhoseAnswerWasLost_isRetriedAsTheSameLaunch_andStartsNoSecondTask() {
    world.ports.tasks.loseNextAnswer();

    JsonNode first = Invoke.stream(handler, Events.text("worker-run.json"));
    JsonNode second =
        Invoke.stream(world.worker(), "{\"gatehouse\":\"run\",\"correlationId\":\"run-next\"}");

    assertThat(first.path("outcomes").path(World.APPROVED).asText()).isEqualTo("FAILED");
    assertThat(second.path("outcomes").path(World.APPROVED).asText()).isEqualTo("PROVISIONED");
    assertThat(world.ports.tasks.started()).hasSize(1);
    assertThat(world.ports.tasks.attempts())
        .hasSize(2)
        .allSatisfy(
            launch -> {
              assertThat(launch.idempotencyKey()).isEqualTo("gatehouse-ITS-101");
              assertThat(launch).isEqualTo(world.ports.tasks.attempts().get(0));
              assertThat(launch.environment())
                  .containsEntry("GATEHOUSE_CORRELATION_ID", "run-0a1b2c3d4e5f");
            });
  }

  @Test
  void atlantisThatCannotStart_leavesTheRequestOpen_alertedAndCommented_andTheNextRunStartsIt() {
    world.ports.tasks.refuse("ECS: ClusterNotFoundException");

    JsonNode answer = Invoke.stream(handler, Events.text("worker-run.json"));

    assertThat(answer.path("outcomes").path(World.APPROVED).asText()).isEqualTo("FAILED");
    assertThat(world.jsm.status(World.APPROVED)).isEqualTo(World.OPEN);
    assertThat(world.ports.notifier.alerts())
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.title()).contains(World.APPROVED);
              assertThat(alert.detail()).contains("ClusterNotFoundException");
              assertThat(alert.correlationId()).isEqualTo("run-0a1b2c3d4e5f");
            });
    assertThat(world.jsm.comments(World.APPROVED))
        .singleElement()
        .satisfies(c -> assertThat(c.isPublic()).isFalse())
        .extracting(JsmComment::body)
        .asString()
        .contains("ClusterNotFoundException")
        .contains("run-0a1b2c3d4e5f");

    world.ports.tasks.accept();
    JsonNode retried =
        Invoke.stream(world.worker(), "{\"gatehouse\":\"run\",\"correlationId\":\"run-next\"}");

    assertThat(retried.path("outcomes").path(World.APPROVED).asText()).isEqualTo("PROVISIONED");
    assertThat(world.jsm.status(World.APPROVED)).isEqualTo(World.RESOLVED);
    assertThat(world.ports.tasks.started()).hasSize(1);
    assertThat(world.okta.requests("POST", "/api/v1/users")).hasSize(1);
  }

  @Test
  void scheduledEvent_runsTheJobUnderANewCorrelationId() {
    JsonNode answer = Invoke.stream(handler, Events.text("eventbridge-schedule.json"));

    assertThat(answer.path("correlationId").asText()).startsWith("run-");
    assertThat(answer.path("outcomes").path(World.APPROVED).asText()).isEqualTo("PROVISIONED");
  }

  @Test
  void otherEvents_areIgnored_withoutTouchingJiraOrOkta() {
    JsonNode answer = Invoke.stream(handler, Events.text("s3-put.json"));

    assertThat(answer.path("status").asText()).isEqualTo("ignored");
    assertThat(world.jsm.recorded()).isEmpty();
    assertThat(world.okta.requests()).isEmpty();
  }

  @Test
  void run_leavesNoLogContextBehind() {
    Invoke.stream(handler, Events.text("worker-run.json"));

    assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
  }
}
