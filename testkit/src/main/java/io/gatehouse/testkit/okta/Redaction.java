package io.gatehouse.testkit.okta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Keeps passwords and recovery answers out of the request log. */
final class Redaction {
  private static final String REDACTED = "[redacted]";

  private Redaction() {}

  /** A request body with credential values replaced; non-JSON bodies are not kept at all. */
  static Optional<String> body(byte[] body) {
    if (body.length == 0) {
      return Optional.empty();
    }
    try {
      JsonNode node = OktaJson.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
      if (node instanceof ObjectNode object && object.get("credentials") instanceof ObjectNode c) {
        if (c.get("password") instanceof ObjectNode password && password.has("value")) {
          password.put("value", REDACTED);
        }
        if (c.get("recovery_question") instanceof ObjectNode recovery && recovery.has("answer")) {
          recovery.put("answer", REDACTED);
        }
      }
      return Optional.of(OktaJson.MAPPER.writeValueAsString(node));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** A response body with any temporary password replaced. */
  static String response(JsonNode body) {
    JsonNode copy = body.deepCopy();
    if (copy instanceof ObjectNode object && object.has("tempPassword")) {
      object.put("tempPassword", REDACTED);
    }
    return copy.toString();
  }
}
