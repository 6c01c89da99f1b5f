package io.gatehouse.core.ledger;

import io.gatehouse.core.request.RequestKey;
import java.time.Instant;
import java.util.Objects;

/**
 * The exclusive right of one run to work on one request until {@code expires}.
 *
 * @param key the request
 * @param owner the run holding it
 * @param expires when another run may take it over, should this one die without releasing it
 */
public record Claim(RequestKey key, String owner, Instant expires) {
  public Claim {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(expires, "expires");
  }
}
