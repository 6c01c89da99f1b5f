package io.gatehouse.lambda.handoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for one run of the job, as the provisioning function receives it: {@code
 * {"gatehouse":"run","correlationId":"run-3f9a1c2b7d4e","cause":"webhook"}}.
 *
 * @param correlationId the id the run goes by, already shown to the webhook's caller
 * @param cause what asked for the run, such as {@code webhook} or {@code schedule}
 */
public record RunRequest(String correlationId, String cause) {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String MARKER = "run";

  public RunRequest {
    Objects.requireNonNull(correlationId, "correlationId");
    if (!correlationId.matches("[A-Za-z0-9_-]{1,64}")) {
      throw new IllegalArgumentException("not a correlation id: " + correlationId);
    }
    cause = cause == null || cause.isBlank() ? "unknown" : cause;
  }

  /** The event's JSON. */
  public String toJson() {
    ObjectNode node = JSON.createObjectNode();
    node.put("gatehouse", MARKER).put("correlationId", correlationId).put("cause", cause);
    return node.toString();
  }

  /** The run request in an event, or empty when the event is not one. */
  public static Optional<RunRequest> fromJson(JsonNode event) {
    if (event == null || !MARKER.equals(event.path("gatehouse").asText())) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new RunRequest(event.path("correlationId").asText(), event.path("cause").asText()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Parses an event's text; empty when it is not JSON or not a run request. */
  public static Optional<RunRequest> fromJson(String event) {
    try {
      return fromJson(JSON.readTree(event));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
