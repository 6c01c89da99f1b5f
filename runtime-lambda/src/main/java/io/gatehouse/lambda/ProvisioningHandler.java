package io.gatehouse.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Injector;
import io.gatehouse.core.engine.RequestOutcome;
import io.gatehouse.core.engine.RunReport;
import io.gatehouse.lambda.config.LambdaSettings;
import io.gatehouse.lambda.config.WorkerSettings;
import io.gatehouse.lambda.handoff.RunRequest;
import io.gatehouse.lambda.wiring.AwsAccess;
import io.gatehouse.lambda.wiring.AwsPortsModule;
import io.gatehouse.lambda.wiring.Graphs;
import io.gatehouse.lambda.wiring.Invocation;
import io.gatehouse.lambda.wiring.InvocationDeadline;
import io.gatehouse.lambda.wiring.RunIds;
import io.gatehouse.lambda.worker.RunWorker;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker. Takes a run handed off by the webhook ({@code {"gatehouse":"run",...}}) or a
 * scheduled EventBridge event (the safety net for a webhook that never came), runs the main job
 * against Jira and Okta, starting the Atlantis task for each provisioned request whose type goes on
 * to the infrastructure stage before reporting and resolving it. Runs up to 15 minutes; duplicate
 * and concurrent runs are safe through the ledger's claims and step records. Answers a JSON
 * summary; any other event is ignored with a warning.
 */
public final class ProvisioningHandler implements RequestStreamHandler {
  private static final Logger log = LoggerFactory.getLogger(ProvisioningHandler.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RunWorker worker;
  private final RunIds ids;
  private final InvocationDeadline deadline;

  /** The entry point Lambda uses: reads the environment and builds the graph once per container. */
  public ProvisioningHandler() {
    this(production(LambdaSettings.worker(System.getenv())));
  }

  /** A handler on a graph built elsewhere, such as with stand-ins for the AWS ports. */
  public ProvisioningHandler(Injector graph) {
    this.worker = graph.getInstance(RunWorker.class);
    this.ids = graph.getInstance(RunIds.class);
    this.deadline = graph.getInstance(InvocationDeadline.class);
  }

  private static Injector production(WorkerSettings settings) {
    return Graphs.worker(
        settings, AwsPortsModule.forWorker(settings, AwsAccess.lambda(settings.region())));
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    try (Invocation invocation = Invocation.start(context)) {
      deadline.start(context);
      Optional<RunRequest> request = runRequest(input);
      if (request.isEmpty()) {
        log.warn("event is neither a handed-off run nor a schedule; ignored");
        JSON.writeValue(output, JSON.createObjectNode().put("status", "ignored"));
        return;
      }
      invocation.put("correlationId", request.get().correlationId());
      log.info("run {} started ({})", request.get().correlationId(), request.get().cause());

      RunReport report = worker.run(request.get());
      JSON.writeValue(output, summary(report));
    }
  }

  private Optional<RunRequest> runRequest(InputStream input) throws IOException {
    JsonNode event;
    try {
      event = JSON.readTree(input);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    Optional<RunRequest> handedOff = RunRequest.fromJson(event);
    if (handedOff.isPresent()) {
      return handedOff;
    }
    boolean scheduled =
        event != null
            && "aws.events".equals(event.path("source").asText())
            && "Scheduled Event".equals(event.path("detail-type").asText());
    return scheduled ? Optional.of(new RunRequest(ids.get(), "schedule")) : Optional.empty();
  }

  private static ObjectNode summary(RunReport report) {
    ObjectNode summary = JSON.createObjectNode();
    summary.put("correlationId", report.correlationId());
    report.runFailure().ifPresent(failure -> summary.put("failure", failure));
    ObjectNode outcomes = summary.putObject("outcomes");
    for (RequestOutcome outcome : report.outcomes()) {
      outcomes.put(outcome.key().value(), outcome.status().name());
    }
    return summary;
  }
}
