package io.gatehouse.testkit.okta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Keeps credentials, passwords and recovery answers out of the request log. */
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

  /** The request as the log keeps it: credentials in headers and bodies redacted. */
  static RecordedRequest recorded(
      String method,
      String path,
      String rawQuery,
      HttpExchange exchange,
      byte[] body,
      Reply reply) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              String key = name.toLowerCase(Locale.ROOT);
              boolean secret = key.equals("authorization") || key.equals("dpop");
              headers.put(key, secret ? List.of(redact(values.get(0))) : List.copyOf(values));
            });
    Optional<String> requestBody =
        path.startsWith("/oauth2/") ? Optional.empty() : Redaction.body(body);
    Optional<String> responseBody = Optional.ofNullable(reply.body()).map(Redaction::response);
    return new RecordedRequest(
        method, path, rawQuery, headers, requestBody, reply.status(), responseBody);
  }

  private static String redact(String authorization) {
    int space = authorization.indexOf(' ');
    return (space < 0 ? "" : authorization.substring(0, space + 1)) + "[redacted]";
  }
}
