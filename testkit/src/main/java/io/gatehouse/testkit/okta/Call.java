package io.gatehouse.testkit.okta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One incoming API call as the handlers see it, after authentication. */
record Call(
    String method,
    String path,
    Map<String, String> query,
    byte[] body,
    Set<String> scopes,
    String baseUrl) {

  Optional<String> param(String name) {
    return Optional.ofNullable(query.get(name));
  }

  boolean flag(String name, boolean byDefault) {
    return param(name).map(Boolean::parseBoolean).orElse(byDefault);
  }

  /** The body as a JSON object; E0000003 when it is not one. */
  ObjectNode json() {
    try {
      JsonNode node = OktaJson.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
      if (node instanceof ObjectNode object) {
        return object;
      }
    } catch (JsonProcessingException e) {
      throw OktaError.malformedBody();
    }
    throw OktaError.malformedBody();
  }

  /** Fails with 403 E0000006 unless the caller holds one of the scopes. */
  void requireScope(String manage, String read) {
    if (!scopes.contains(manage) && (read == null || !scopes.contains(read))) {
      throw OktaError.forbidden();
    }
  }
}
