package io.gatehouse.lambda.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatehouse.core.port.Alert;
import io.gatehouse.core.request.RequestKey;
import java.util.Optional;

/**
 * Turns the message of an SNS notification into an alert: a CloudWatch alarm's state change, an
 * EventBridge event (such as an Atlantis task that stopped), or plain text.
 */
public final class AlertMessages {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AlertMessages() {}

  /**
   * The alert for one message.
   *
   * @param messageId the SNS message id, the correlation id when the message names none
   * @param subject the SNS subject, may be null
   * @param message the SNS message
   */
  public static Alert toAlert(String messageId, String subject, String message) {
    String text = message == null ? "" : message;
    Optional<JsonNode> json = parse(text);
    if (json.isPresent() && json.get().has("AlarmName")) {
      return alarm(json.get(), messageId);
    }
    if (json.isPresent() && json.get().has("detail-type")) {
      return event(json.get(), messageId);
    }
    if (json.isPresent() && json.get().has("requestContext")) {
      return failedInvocation(json.get(), messageId);
    }
    String title = subject == null || subject.isBlank() ? "Gatehouse notification" : subject;
    return new Alert(title, shorten(text), null, messageId);
  }

  private static Alert alarm(JsonNode alarm, String messageId) {
    String title =
        "CloudWatch alarm "
            + alarm.path("AlarmName").asText()
            + " is "
            + alarm.path("NewStateValue").asText("?");
    String detail =
        alarm.path("NewStateReason").asText("")
            + describe(" Description: ", alarm.path("AlarmDescription").asText(""))
            + describe(" Region: ", alarm.path("Region").asText(""));
    return new Alert(title, shorten(detail), null, messageId);
  }

  private static Alert event(JsonNode event, String messageId) {
    JsonNode detail = event.path("detail");
    String requestKey = environment(detail, "GATEHOUSE_REQUEST_KEY");
    String correlationId = environment(detail, "GATEHOUSE_CORRELATION_ID");
    String exitCodes = exitCodes(detail);
    String title =
        event.path("detail-type").asText()
            + (requestKey.isEmpty() ? "" : " for " + requestKey)
            + (detail.has("lastStatus") ? ": " + detail.path("lastStatus").asText() : "")
            + (exitCodes.isEmpty() ? "" : ", exit code " + exitCodes);
    String text =
        detail.path("stoppedReason").asText("")
            + describe(" Task: ", detail.path("taskArn").asText(""))
            + describe(" Source: ", event.path("source").asText(""));
    return new Alert(
        title,
        shorten(text.strip()),
        requestKey.isEmpty() || !isKey(requestKey) ? null : RequestKey.of(requestKey),
        correlationId.isEmpty() ? messageId : correlationId);
  }

  /** Lambda's record of an asynchronous invocation that failed after its retries. */
  private static Alert failedInvocation(JsonNode record, String messageId) {
    JsonNode context = record.path("requestContext");
    String function = context.path("functionArn").asText("?");
    String correlationId = record.path("requestPayload").path("correlationId").asText("");
    String detail =
        context.path("condition").asText("")
            + " after "
            + context.path("approximateInvokeCount").asText("?")
            + " attempts: "
            + record.path("responsePayload").path("errorMessage").asText("no error message");
    return new Alert(
        "Gatehouse worker run failed: " + functionName(function),
        shorten(detail),
        null,
        correlationId.isEmpty() ? messageId : correlationId);
  }

  /** The name in {@code arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]}. */
  private static String functionName(String arn) {
    String[] parts = arn.split(":");
    return parts.length > 6 ? parts[6] : arn;
  }

  private static String environment(JsonNode detail, String name) {
    for (JsonNode container : detail.path("overrides").path("containerOverrides")) {
      for (JsonNode variable : container.path("environment")) {
        if (name.equals(variable.path("name").asText())) {
          return variable.path("value").asText("");
        }
      }
    }
    return "";
  }

  private static String exitCodes(JsonNode detail) {
    StringBuilder codes = new StringBuilder();
    for (JsonNode container : detail.path("containers")) {
      if (container.has("exitCode")) {
        codes.append(codes.length() == 0 ? "" : ", ").append(container.path("exitCode").asInt());
      }
    }
    return codes.toString();
  }

  private static boolean isKey(String value) {
    try {
      RequestKey.of(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String describe(String label, String value) {
    return value.isBlank() ? "" : label + value;
  }

  /** Slack shows a short text; a whole payload is never forwarded. */
  private static String shorten(String text) {
    return text.length() > 1000 ? text.substring(0, 1000) + "…" : text;
  }

  private static Optional<JsonNode> parse(String text) {
    if (!text.stripLeading().startsWith("{")) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(text));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
