package io.gatehouse.testkit.jsm;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as the simulator received it. The {@code Authorization} header's value is
 * replaced by {@code [redacted]}; header names are lower case.
 *
 * @param method the HTTP method
 * @param path the decoded path
 * @param query the raw query string, empty when none
 * @param headers the headers by lower-case name
 * @param body the body as text, empty when none
 */
public record RecordedRequest(
    String method, String path, String query, Map<String, List<String>> headers, String body) {

  public RecordedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    query = query == null ? "" : query;
    headers = Map.copyOf(headers);
    body = body == null ? "" : body;
  }

  /** The first value of a header, by any case of its name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every query parameter, decoded, by name in the order first sent. */
  public Map<String, List<String>> queryParameters() {
    return Query.parse(query);
  }

  /** The values of a query parameter, decoded, in the order sent. */
  public List<String> queryValues(String name) {
    return Query.parse(query).getOrDefault(name, List.of());
  }
}
