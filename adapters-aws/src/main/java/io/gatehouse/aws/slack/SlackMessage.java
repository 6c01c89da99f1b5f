package io.gatehouse.aws.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.aws.internal.AlertText;
import io.gatehouse.aws.internal.Redaction;
import io.gatehouse.core.port.Alert;
import java.nio.charset.StandardCharsets;

/**
 * The JSON body of an incoming-webhook post: {@code {"text": ...}}. The text is the scrubbed alert,
 * with the three characters Slack reads as markup ({@code &}, {@code <}, {@code >}) escaped as
 * Slack asks, then cut to the maximum length. Other characters, non-ASCII ones included, are sent
 * as they are, in UTF-8.
 */
final class SlackMessage {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SlackMessage() {}

  static byte[] body(Alert alert, int maxTextLength) {
    String text =
        AlertText.render(alert).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    ObjectNode message = JSON.createObjectNode();
    message.put("text", Redaction.truncate(text, maxTextLength));
    try {
      return JSON.writeValueAsString(message).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a text-only Slack message could not be written", e);
    }
  }
}
