package io.gatehouse.aws.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** One request a fake server received, header names in lower case. */
public record RecordedRequest(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] body) {

  public RecordedRequest {
    headers = Map.copyOf(headers);
    body = body.clone();
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
