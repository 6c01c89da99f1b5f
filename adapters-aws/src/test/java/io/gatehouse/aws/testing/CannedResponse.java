package io.gatehouse.aws.testing;

import java.util.Map;

/** What a fake server answers. */
public record CannedResponse(
    int status, String contentType, String body, Map<String, String> headers) {
  public CannedResponse {
    headers = Map.copyOf(headers);
  }

  public static CannedResponse json(int status, String body) {
    return new CannedResponse(status, "application/x-amz-json-1.1", body, Map.of());
  }

  public static CannedResponse xml(int status, String body) {
    return new CannedResponse(status, "text/xml", body, Map.of());
  }

  public static CannedResponse text(int status, String body) {
    return new CannedResponse(status, "text/plain; charset=utf-8", body, Map.of());
  }

  public CannedResponse withHeader(String name, String value) {
    java.util.Map<String, String> more = new java.util.HashMap<>(headers);
    more.put(name, value);
    return new CannedResponse(status, contentType, body, more);
  }
}
