package io.gatehouse.testkit.okta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What a handler answers: a status, an optional JSON body and extra headers, with one entry per
 * {@code link} relation.
 */
record Reply(int status, JsonNode body, List<String[]> headers) {
  Reply {
    headers = List.copyOf(headers);
  }

  static Reply json(JsonNode body) {
    return new Reply(200, body, List.of());
  }

  static Reply empty(int status) {
    return new Reply(status, null, List.of());
  }
}
