package io.gatehouse.lambda;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatehouse.lambda.support.TestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Calls a stream handler as the Lambda runtime does: event bytes in, answer bytes out. */
final class Invoke {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Invoke() {}

  static JsonNode stream(RequestStreamHandler handler, String event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      handler.handleRequest(
          new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
          out,
          new TestContext("req-" + Math.abs(event.hashCode())));
      return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
