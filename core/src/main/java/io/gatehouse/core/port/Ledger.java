package io.gatehouse.core.port;

import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.ledger.StepRecord;
import io.gatehouse.core.request.RequestKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Which steps are done for which request, so that running the job again, or twice at once, never
 * repeats a finished step. Implementations must be durable (a restart loses nothing) and their
 * claims must be atomic across processes sharing the ledger.
 */
public interface Ledger {

  /**
   * Claims a request for one run. Succeeds when nobody holds it or the holder's claim has expired
   * at {@code now}; empty when another run holds it. Claiming a request one already holds renews
   * the claim.
   */
  Optional<Claim> claim(RequestKey key, String owner, Instant now, Duration lease);

  /** Gives a claim up. Releasing a claim that has since been taken over does nothing. */
  void release(Claim claim);

  /** Every step recorded for a request, by step id, in the order of their times (then ids). */
  Map<String, StepRecord> steps(RequestKey key);

  /** Records that a step is about to be attempted. */
  void started(Claim claim, String stepId, Instant at);

  /** Records that a step is done, with what later steps need to know of it (never a secret). */
  void done(Claim claim, String stepId, String detail, Instant at);

  /**
   * Records that the request holding the claim owns a directory account it created. Atomic across
   * processes, so that no two requests ever take the same account as theirs.
   *
   * @return true when the request now owns the account, or already did; false when another request
   *     owns it, which is then left unchanged
   */
  boolean bindAccount(Claim claim, String accountId, Instant at);

  /** The fingerprint of the last notice posted on a request, such as why it is blocked. */
  Optional<String> lastNotice(RequestKey key);

  /** Remembers the fingerprint of the notice just posted on a request. */
  void noticePosted(Claim claim, String fingerprint, Instant at);
}
