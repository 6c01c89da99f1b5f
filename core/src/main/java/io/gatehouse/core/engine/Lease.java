package io.gatehouse.core.engine;

import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.port.Ledger;
import java.time.Clock;
import java.time.Duration;

/**
 * A run's claim on one request, renewed before each step so that a request with many slow steps
 * keeps it, and checked so that a run that lost it stops changing anything at once.
 */
final class Lease {
  private final Ledger ledger;
  private final Clock clock;
  private final Duration length;
  private Claim claim;

  Lease(Ledger ledger, Clock clock, Duration length, Claim claim) {
    this.ledger = ledger;
    this.clock = clock;
    this.length = length;
    this.claim = claim;
  }

  /** The claim as last renewed. */
  Claim claim() {
    return claim;
  }

  /**
   * Renews the claim for another lease length.
   *
   * @throws ClaimLost when another run has taken the request over
   */
  Claim renew() {
    Claim held = claim;
    claim =
        ledger
            .claim(held.key(), held.owner(), clock.instant(), length)
            .orElseThrow(() -> new ClaimLost(held));
    return claim;
  }

  /** Another run took the request over; this run must change nothing more on it. */
  static final class ClaimLost extends RuntimeException {
    ClaimLost(Claim claim) {
      super("the claim of " + claim.owner() + " on " + claim.key() + " was taken over");
    }
  }
}
