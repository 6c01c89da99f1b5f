package io.gatehouse.testkit.okta;

import java.util.Map;
import java.util.Objects;

/**
 * A canned answer that replaces the simulator's own for the next calls of a path.
 *
 * @param method the HTTP method to match, such as {@code POST}
 * @param path the exact request path to match, such as {@code /api/v1/users}
 * @param status the status to answer
 * @param body the body to answer, JSON or empty
 * @param headers extra headers to answer
 * @param afterHandling whether the simulator first handles the request for real (a user is created
 *     and then the caller sees a 503), or answers without touching its state
 */
public record Fault(
    String method,
    String path,
    int status,
    String body,
    Map<String, String> headers,
    boolean afterHandling) {
  public Fault {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(body, "body");
    headers = Map.copyOf(headers);
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status out of range: " + status);
    }
  }

  /** A 503 with Okta's error body, answered after the request was really handled. */
  public static Fault unavailableAfterHandling(String method, String path) {
    return new Fault(
        method, path, 503, errorBody("E0000009", "Service unavailable"), Map.of(), true);
  }

  /** An answer with Okta's error body, answered without handling the request. */
  public static Fault error(String method, String path, int status, String code, String summary) {
    return new Fault(method, path, status, errorBody(code, summary), Map.of(), false);
  }

  /**
   * A 429 E0000047 whose {@code X-Rate-Limit-Reset} is this epoch second, answered without handling
   * the request. The answer's {@code Date} is the server's current time.
   */
  public static Fault rateLimited(String method, String path, long resetEpochSecond) {
    return new Fault(
        method,
        path,
        429,
        errorBody("E0000047", "API call exceeded rate limit due to too many requests."),
        Map.of(
            "X-Rate-Limit-Limit", "600",
            "X-Rate-Limit-Remaining", "0",
            "X-Rate-Limit-Reset", String.valueOf(resetEpochSecond)),
        false);
  }

  /**
   * A 429 for the org's concurrent-request limit: {@code X-Rate-Limit-Limit} and {@code
   * X-Rate-Limit-Remaining} are 0 and the reset, this epoch second, is only a suggestion.
   */
  public static Fault concurrencyLimited(String method, String path, long resetEpochSecond) {
    return new Fault(
        method,
        path,
        429,
        errorBody("E0000047", "API call exceeded rate limit due to too many requests."),
        Map.of(
            "X-Rate-Limit-Limit", "0",
            "X-Rate-Limit-Remaining", "0",
            "X-Rate-Limit-Reset", String.valueOf(resetEpochSecond)),
        false);
  }

  private static String errorBody(String code, String summary) {
    return "{\"errorCode\":\""
        + code
        + "\",\"errorSummary\":\""
        + summary
        + "\",\"errorLink\":\""
        + code
        + "\",\"errorId\":\"oaeFault\",\"errorCauses\":[]}";
  }
}
