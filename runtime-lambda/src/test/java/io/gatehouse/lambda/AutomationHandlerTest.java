package io.gatehouse.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.gatehouse.lambda.config.LambdaSettings;
import io.gatehouse.lambda.handoff.RunRequest;
import io.gatehouse.lambda.support.Events;
import io.gatehouse.lambda.support.LocalLambdaService;
import io.gatehouse.lambda.support.TestContext;
import io.gatehouse.lambda.wiring.AwsAccess;
import io.gatehouse.lambda.wiring.AwsClientsModule;
import io.gatehouse.lambda.wiring.Graphs;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The webhook through its real entry point, with API Gateway event fixtures. */
class AutomationHandlerTest {
  private LocalLambdaService lambda;
  private AutomationHandler handler;

  @BeforeEach
  void start() {
    lambda = LocalLambdaService.start();
    handler =
        new AutomationHandler(
            Graphs.automation(
                LambdaSettings.automation(
                    Map.of(
                        "AWS_REGION", "eu-west-1",
                        "GATEHOUSE_WORKER_FUNCTION", "gatehouse-provisioning")),
                lambda.clients()));
  }

  @AfterEach
  void stop() {
    lambda.close();
  }

  @Test
  void webhook_answers202_andQueuesOneAsyncInvocationOfTheWorker_withTheSameCorrelationId() {
    APIGatewayProxyResponseEvent response = invoke("apigateway-webhook.json");

    assertThat(response.getStatusCode()).isEqualTo(202);
    String correlationId = correlationIdIn(response.getBody());
    assertThat(lambda.invokes())
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.path())
                  .isEqualTo("/2015-03-31/functions/gatehouse-provisioning/invocations");
              assertThat(call.invocationType()).isEqualTo("Event");
              assertThat(RunRequest.fromJson(call.payload()))
                  .contains(new RunRequest(correlationId, "webhook"));
            });
  }

  @Test
  void productionGraph_isBuilt_withoutCallingAws() {
    AutomationHandler production =
        new AutomationHandler(
            Graphs.automation(
                LambdaSettings.automation(
                    Map.of(
                        "AWS_REGION", "eu-west-1",
                        "GATEHOUSE_WORKER_FUNCTION", "gatehouse-provisioning")),
                new AwsClientsModule(AwsAccess.lambda("eu-west-1"))));

    assertThat(production).isNotNull();
    assertThat(lambda.invokes()).isEmpty();
  }

  @Test
  void webhook_ignoresItsBody_evenWhenItIsNotJson() {
    APIGatewayProxyResponseEvent response = invoke("apigateway-webhook-garbage-body.json");

    assertThat(response.getStatusCode()).isEqualTo(202);
    assertThat(lambda.invokes()).hasSize(1);
  }

  @Test
  void webhook_givesEachDeliveryItsOwnRun() {
    String first = correlationIdIn(invoke("apigateway-webhook.json").getBody());
    String second = correlationIdIn(invoke("apigateway-webhook.json").getBody());

    assertThat(first).isNotEqualTo(second).startsWith("run-");
    assertThat(lambda.invokes()).hasSize(2);
  }

  @Test
  void webhook_answers503_soTheSenderRetries_whenTheRunCannotBeQueued() {
    lambda.refuse(404, "ResourceNotFoundException");

    APIGatewayProxyResponseEvent response = invoke("apigateway-webhook.json");

    assertThat(response.getStatusCode()).isEqualTo(503);
    assertThat(response.getBody()).contains("send again").contains("run-");
  }

  @Test
  void webhook_refusesOtherMethods_withoutQueueingARun() {
    APIGatewayProxyResponseEvent response = invoke("apigateway-get.json");

    assertThat(response.getStatusCode()).isEqualTo(405);
    assertThat(lambda.invokes()).isEmpty();
  }

  @Test
  void webhook_leavesNoLogContextBehind_forTheNextInvocationOfAWarmContainer() {
    invoke("apigateway-webhook.json");

    assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
  }

  @Test
  void answer_isWrittenAsApiGatewayExpectsAProxyResponse() {
    String json =
        Events.write(invoke("apigateway-webhook.json"), APIGatewayProxyResponseEvent.class);

    assertThat(json).contains("\"statusCode\":202").contains("\"body\":");
  }

  private APIGatewayProxyResponseEvent invoke(String fixture) {
    return handler.handleRequest(
        Events.read(fixture, APIGatewayProxyRequestEvent.class), new TestContext("req-1"));
  }

  static String correlationIdIn(String body) {
    int start = body.indexOf("run-");
    return body.substring(start, body.indexOf('"', start));
  }
}
