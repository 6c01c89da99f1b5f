package io.gatehouse.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.google.inject.Injector;
import io.gatehouse.lambda.config.AutomationSettings;
import io.gatehouse.lambda.config.LambdaSettings;
import io.gatehouse.lambda.handoff.HandOffException;
import io.gatehouse.lambda.handoff.RunHandOff;
import io.gatehouse.lambda.handoff.RunRequest;
import io.gatehouse.lambda.wiring.AwsAccess;
import io.gatehouse.lambda.wiring.AwsClientsModule;
import io.gatehouse.lambda.wiring.Graphs;
import io.gatehouse.lambda.wiring.Invocation;
import io.gatehouse.lambda.wiring.RunIds;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jira Automation webhook behind API Gateway, which has already checked the API key against its
 * usage plan. The call is a doorbell: its body is never read. The handler hands a run to the
 * provisioning function and answers 202 with the run's correlation id, in well under a second and
 * whatever Okta's speed, so a re-sent webhook never meets a half-done request (field case BC-25).
 */
public final class AutomationHandler
    implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
  private static final Logger log = LoggerFactory.getLogger(AutomationHandler.class);
  private static final Map<String, String> JSON_TYPE = Map.of("Content-Type", "application/json");

  private final RunHandOff handOff;
  private final RunIds ids;

  /** The entry point Lambda uses: reads the environment and builds the graph once per container. */
  public AutomationHandler() {
    this(production(LambdaSettings.automation(System.getenv())));
  }

  /** A handler on a graph built elsewhere, such as with stand-in AWS clients. */
  public AutomationHandler(Injector graph) {
    this.handOff = graph.getInstance(RunHandOff.class);
    this.ids = graph.getInstance(RunIds.class);
  }

  private static Injector production(AutomationSettings settings) {
    return Graphs.automation(settings, new AwsClientsModule(AwsAccess.lambda(settings.region())));
  }

  @Override
  public APIGatewayProxyResponseEvent handleRequest(
      APIGatewayProxyRequestEvent event, Context context) {
    String correlationId = ids.get();
    try (Invocation invocation = Invocation.start(context).put("correlationId", correlationId)) {
      if (event == null || !"POST".equalsIgnoreCase(event.getHttpMethod())) {
        return answer(405, "{\"error\":\"only POST is accepted\"}");
      }
      try {
        handOff.requestRun(new RunRequest(correlationId, "webhook"));
      } catch (HandOffException e) {
        log.error("webhook could not queue its run: {}", e.getMessage(), e);
        return answer(503, body("not queued; send again", correlationId));
      }
      log.info("webhook received; run {} handed off", correlationId);
      return answer(202, body("accepted", correlationId));
    }
  }

  private static String body(String status, String correlationId) {
    return "{\"status\":\"" + status + "\",\"correlationId\":\"" + correlationId + "\"}";
  }

  private static APIGatewayProxyResponseEvent answer(int status, String body) {
    return new APIGatewayProxyResponseEvent()
        .withStatusCode(status)
        .withHeaders(JSON_TYPE)
        .withBody(body);
  }
}
