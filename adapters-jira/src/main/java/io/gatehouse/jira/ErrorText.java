package io.gatehouse.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The desk's own words from an error body: servicedeskapi's {@code errorMessage}, the platform's
 * {@code errorMessages} and {@code errors}, or for anything else a short, single-line summary (HTML
 * login pages and proxy errors are described, not echoed).
 */
final class ErrorText {
  private static final int SNIPPET = 200;

  private ErrorText() {}

  static String of(String contentType, String body, ObjectMapper json) {
    if (body == null || body.isBlank()) {
      return "no error text";
    }
    try {
      JsonNode node = json.readTree(body);
      if (node != null && node.isObject()) {
        String text = fromJson(node);
        if (!text.isEmpty()) {
          return text;
        }
      }
    } catch (IOException notJson) {
      // Falls through to the summary below.
    }
    return summary(contentType, body);
  }

  private static String fromJson(JsonNode node) {
    List<String> parts = new ArrayList<>();
    if (node.path("errorMessage").isTextual()) {
      parts.add(node.get("errorMessage").asText());
    }
    node.path("errorMessages").forEach(message -> parts.add(message.asText()));
    node.path("errors")
        .fields()
        .forEachRemaining(entry -> parts.add(entry.getKey() + ": " + entry.getValue().asText()));
    return String.join("; ", parts);
  }

  private static String summary(String contentType, String body) {
    String type = contentType == null ? "unknown type" : contentType;
    if (type.contains("html")) {
      return "a non-JSON body (" + type + ", " + body.length() + " characters)";
    }
    String line = body.strip().replaceAll("[\\p{Cntrl}\\s]+", " ");
    return line.length() <= SNIPPET ? line : line.substring(0, SNIPPET) + "…";
  }
}
