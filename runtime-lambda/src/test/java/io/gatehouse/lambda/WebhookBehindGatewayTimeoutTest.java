package io.gatehouse.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.gatehouse.lambda.config.LambdaSettings;
import io.gatehouse.lambda.support.Events;
import io.gatehouse.lambda.support.LocalLambdaService;
import io.gatehouse.lambda.support.TestContext;
import io.gatehouse.lambda.support.World;
import io.gatehouse.lambda.wiring.Graphs;
import io.gatehouse.testkit.okta.UserView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Field case BC-25: API Gateway gives up after 29-30 s while a Lambda keeps running, and Jira
 * Automation sends the webhook again. With a slow Okta, the webhook must still answer 202 at once
 * without touching Okta, and the two handed-off runs, even concurrent, must provision once.
 */
class WebhookBehindGatewayTimeoutTest {
  private static final Duration GATEWAY_LIMIT = Duration.ofSeconds(29);

  private World world;
  private LocalLambdaService lambda;
  private AutomationHandler webhook;
  private ExecutorService containers;

  @BeforeEach
  void start() {
    world = World.start();
    world.okta.setLatency(Duration.ofMillis(250));
    lambda = LocalLambdaService.start();
    webhook =
        new AutomationHandler(
            Graphs.automation(
                LambdaSettings.automation(
                    Map.of(
                        "AWS_REGION", "eu-west-1",
                        "GATEHOUSE_WORKER_FUNCTION", "gatehouse-provisioning")),
                lambda.clients()));
    containers = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stop() throws InterruptedException {
    containers.shutdownNow();
    containers.awaitTermination(10, TimeUnit.SECONDS);
    lambda.close();
    world.close();
  }

  @Test
  void bc25_webhookAnswers202BeforeAnyOktaCall_andARedeliveryNeverProvisionsTwice()
      throws Exception {
    long before = System.nanoTime();
    APIGatewayProxyResponseEvent first = deliver();
    Duration firstAnswer = Duration.ofNanos(System.nanoTime() - before);
    before = System.nanoTime();
    APIGatewayProxyResponseEvent redelivered = deliver();
    Duration warmAnswer = Duration.ofNanos(System.nanoTime() - before);

    assertThat(first.getStatusCode()).isEqualTo(202);
    assertThat(redelivered.getStatusCode()).isEqualTo(202);
    // The first answer includes loading the SDK's classes in this JVM; a warm one has only the
    // hand-off left. Neither waits for Okta, which is slow here and not called at all.
    assertThat(firstAnswer).isLessThan(GATEWAY_LIMIT);
    assertThat(warmAnswer).isLessThan(Duration.ofSeconds(2));
    assertThat(world.okta.requests()).as("the webhook itself never calls Okta").isEmpty();

    List<CompletableFuture<Void>> runs =
        lambda.invokes().stream()
            .map(
                call ->
                    CompletableFuture.runAsync(
                        () -> Invoke.stream(world.worker(), call.payload()), containers))
            .toList();
    CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);

    assertThat(runs).hasSize(2);
    assertThat(world.okta.requests("POST", "/api/v1/users")).hasSize(1);
    UserView user = world.okta.user("sam.ortiz@acme.example").orElseThrow();
    assertThat(user.groupNames()).containsExactlyInAnyOrderElementsOf(World.GROUPS);
    assertThat(world.ports.tasks.started()).hasSize(1);
    assertThat(world.jsm.status(World.APPROVED)).isEqualTo(World.RESOLVED);
  }

  private APIGatewayProxyResponseEvent deliver() {
    return webhook.handleRequest(
        Events.read("apigateway-webhook.json", APIGatewayProxyRequestEvent.class),
        new TestContext("req-bc25"));
  }
}
