package io.gatehouse.testkit.jsm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A response the simulator sends instead of its own answer, for fault injection.
 *
 * @param status the HTTP status
 * @param headers response headers, such as {@code Retry-After}
 * @param contentType the body's content type; ignored when the body is empty
 * @param body the body, empty for none
 */
public record CannedResponse(
    int status, Map<String, String> headers, String contentType, String body) {

  public CannedResponse {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("not an HTTP status: " + status);
    }
    headers = Map.copyOf(headers);
    contentType = contentType == null ? "application/json" : contentType;
    body = body == null ? "" : body;
  }

  /** 429 with {@code Retry-After} in seconds, or without it when {@code retryAfter} is null. */
  public static CannedResponse tooManyRequests(Integer retryAfterSeconds) {
    return withRetryAfter(429, retryAfterSeconds, "Rate limit exceeded.");
  }

  /** 503 with {@code Retry-After} in seconds, or without it when {@code retryAfter} is null. */
  public static CannedResponse serviceUnavailable(Integer retryAfterSeconds) {
    return withRetryAfter(503, retryAfterSeconds, "Service unavailable.");
  }

  /** The same response with one more header, such as {@code X-RateLimit-Reset}. */
  public CannedResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new CannedResponse(status, more, contentType, body);
  }

  /** A servicedeskapi {@code ErrorResponse} with the given status and message. */
  public static CannedResponse error(int status, String message) {
    return new CannedResponse(status, Map.of(), "application/json", JsmJson.errorBody(message));
  }

  /** A non-JSON body, as proxies and the login layer send. */
  public static CannedResponse text(int status, String contentType, String body) {
    return new CannedResponse(status, Map.of(), contentType, body);
  }

  private static CannedResponse withRetryAfter(int status, Integer seconds, String message) {
    Map<String, String> headers =
        seconds == null ? Map.of() : Map.of("Retry-After", Objects.toString(seconds));
    return new CannedResponse(status, headers, "application/json", JsmJson.errorBody(message));
  }
}
