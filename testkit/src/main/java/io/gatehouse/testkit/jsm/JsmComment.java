package io.gatehouse.testkit.jsm;

import java.time.Instant;
import java.util.Objects;

/** A comment as the simulator stored it, for tests to inspect. */
public record JsmComment(
    String id, String authorAccountId, String body, boolean isPublic, Instant created) {

  public JsmComment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(authorAccountId, "authorAccountId");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(created, "created");
  }
}
