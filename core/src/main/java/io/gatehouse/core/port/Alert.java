package io.gatehouse.core.port;

import io.gatehouse.core.request.RequestKey;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure somebody must look at.
 *
 * @param title one line: what failed
 * @param detail what is known of why, with no secret in it
 * @param requestKey the request concerned, if any
 * @param correlationId the run's id, also shown on the ticket and in the log
 */
public record Alert(String title, String detail, RequestKey requestKey, String correlationId) {
  public Alert {
    Objects.requireNonNull(title, "title");
    detail = detail == null ? "" : detail;
    Objects.requireNonNull(correlationId, "correlationId");
  }

  public Optional<RequestKey> request() {
    return Optional.ofNullable(requestKey);
  }
}
