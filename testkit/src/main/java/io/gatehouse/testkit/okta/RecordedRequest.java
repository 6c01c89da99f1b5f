package io.gatehouse.testkit.okta;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request the simulator answered. {@code Authorization} and {@code DPoP} headers are redacted,
 * passwords in bodies are replaced by {@code [redacted]}, and token requests keep no body.
 *
 * @param method the HTTP method
 * @param path the decoded path, such as {@code /api/v1/users/00u1}
 * @param query the raw query string, empty when there is none
 * @param headers request headers by lower-case name
 * @param body the request body as sent, redacted as above; empty when there was none
 * @param status the status the simulator answered
 * @param responseBody the answer's body, with temporary passwords redacted; empty when none
 */
public record RecordedRequest(
    String method,
    String path,
    String query,
    Map<String, List<String>> headers,
    Optional<String> body,
    int status,
    Optional<String> responseBody) {
  public RecordedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(responseBody, "responseBody");
  }

  /** The first value of a header, by any case of its name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The decoded value of a query parameter. */
  public Optional<String> queryParam(String name) {
    return Optional.ofNullable(QueryString.parse(query).get(name));
  }
}
