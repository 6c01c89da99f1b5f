package io.gatehouse.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.port.TaskLaunch;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.lambda.support.Events;
import io.gatehouse.lambda.support.World;
import io.gatehouse.testkit.jsm.JsmComment;
import java.time.Duration;
import java.time.Instant;
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

    assertThat(answer.path("atlantis").path(World.APPROVED).asText()).isEqualTo("STARTED");
    TaskLaunch launch = world.ports.tasks.started().get(0);
    assertThat(world.ports.tasks.started()).hasSize(1);
    assertThat(launch.requestKey().value()).isEqualTo(World.APPROVED);
    assertThat(launch.environment())
        .containsEntry("GATEHOUSE_REQUEST_KEY", World.APPROVED)
        .containsEntry("GATEHOUSE_ACTION", "onboard")
        .containsEntry("GATEHOUSE_CORRELATION_ID", "run-0a1b2c3d4e5f")
        .containsKey("GATEHOUSE_PLAN");
    assertThat(launch.environment().get("GATEHOUSE_PLAN")).contains("sam.ortiz@acme.example");
    assertThat(world.ports.ledger.steps(launch.requestKey()).get("atlantis-task").detail())
        .startsWith("arn:aws:ecs:");
    assertThat(world.jsm.comments(World.APPROVED))
        .filteredOn(c -> c.body().contains("Atlantis task"))
        .singleElement()
        .satisfies(c -> assertThat(c.isPublic()).isFalse())
        .extracting(JsmComment::body)
        .asString()
        .contains("run-0a1b2c3d4e5f");
  }

  @Test
  void secondRun_startsNoSecondAtlantisTask_andPostsNoSecondComment() {
    Invoke.stream(handler, Events.text("worker-run.json"));

    Invoke.stream(world.worker(), "{\"gatehouse\":\"run\",\"correlationId\":\"run-second\"}");

    assertThat(world.ports.tasks.started()).hasSize(1);
    assertThat(world.jsm.comments(World.APPROVED))
        .filteredOn(c -> c.body().contains("Atlantis task"))
        .hasSize(1);
  }

  @Test
  void startInterruptedBeforeItWasRecorded_isRetriedAsTheSameLaunch_withTheFirstCorrelationId() {
    RequestKey key = RequestKey.of(World.APPROVED);
    Instant earlier = Instant.now().minus(Duration.ofHours(1));
    Claim crashed =
        world.ports.ledger.claim(key, "run-crashed", earlier, Duration.ofMinutes(1)).orElseThrow();
    world.ports.ledger.done(crashed, "atlantis-launch", "run-crashed", earlier);
    world.ports.ledger.started(crashed, "atlantis-task", earlier);

    Invoke.stream(handler, Events.text("worker-run.json"));

    assertThat(world.ports.tasks.started())
        .singleElement()
        .satisfies(
            launch -> {
              assertThat(launch.idempotencyKey()).isEqualTo("atlantis-ITS-101");
              assertThat(launch.environment())
                  .containsEntry("GATEHOUSE_CORRELATION_ID", "run-crashed");
            });
  }

  @Test
  void atlantisThatCannotStart_isAlertedAndCommented_withTheCorrelationId() {
    world.ports.tasks.refuse("ECS: ClusterNotFoundException");

    JsonNode answer = Invoke.stream(handler, Events.text("worker-run.json"));

    assertThat(answer.path("atlantis").path(World.APPROVED).asText()).isEqualTo("FAILED");
    assertThat(world.ports.notifier.alerts())
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.title()).contains("Atlantis").contains(World.APPROVED);
              assertThat(alert.correlationId()).isEqualTo("run-0a1b2c3d4e5f");
            });
    assertThat(world.jsm.comments(World.APPROVED))
        .anySatisfy(
            c ->
                assertThat(c.body())
                    .contains("could not start the Atlantis task")
                    .contains("run-0a1b2c3d4e5f"));
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
