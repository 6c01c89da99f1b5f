package io.gatehouse.core.fakes;

import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.ledger.StepRecord;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.request.RequestKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A ledger in memory, for tests of the core. Claims behave as the port demands. */
public final class InMemoryLedger implements Ledger {
  private final Map<RequestKey, Claim> claims = new HashMap<>();
  private final Map<RequestKey, Map<String, StepRecord>> steps = new HashMap<>();
  private final Map<RequestKey, String> notices = new HashMap<>();
  private final Map<String, RequestKey> accounts = new HashMap<>();
  private final Set<RequestKey> unreachable = new HashSet<>();

  @Override
  public synchronized Optional<Claim> claim(
      RequestKey key, String owner, Instant now, Duration lease) {
    if (unreachable.contains(key)) {
      throw new IllegalStateException("ledger cannot be reached to claim " + key);
    }
    Claim held = claims.get(key);
    if (held != null && !held.owner().equals(owner) && held.expires().isAfter(now)) {
      return Optional.empty();
    }
    Claim claim = new Claim(key, owner, now.plus(lease));
    claims.put(key, claim);
    return Optional.of(claim);
  }

  /** Lets a test hold a request as another run would. */
  public synchronized void holdFor(RequestKey key, String owner, Instant until) {
    claims.put(key, new Claim(key, owner, until));
  }

  /** Makes every claim of this request fail, as a ledger outage would. */
  public synchronized void failClaimsOf(RequestKey key) {
    unreachable.add(key);
  }

  @Override
  public synchronized void release(Claim claim) {
    claims.remove(claim.key(), claimOf(claim));
  }

  @Override
  public synchronized Map<String, StepRecord> steps(RequestKey key) {
    Map<String, StepRecord> ordered = new LinkedHashMap<>();
    steps.getOrDefault(key, Map.of()).values().stream()
        .sorted(Comparator.comparing(StepRecord::at).thenComparing(StepRecord::stepId))
        .forEach(step -> ordered.put(step.stepId(), step));
    return Collections.unmodifiableMap(ordered);
  }

  /** A step already done stays done, as in the real ledgers. */
  @Override
  public synchronized void started(Claim claim, String stepId, Instant at) {
    requireHeld(claim, at);
    Map<String, StepRecord> recorded =
        steps.computeIfAbsent(claim.key(), k -> new LinkedHashMap<>());
    StepRecord earlier = recorded.get(stepId);
    if (earlier == null || !earlier.done()) {
      recorded.put(stepId, new StepRecord(stepId, StepRecord.State.STARTED, "", at));
    }
  }

  @Override
  public synchronized void done(Claim claim, String stepId, String detail, Instant at) {
    requireHeld(claim, at);
    steps
        .computeIfAbsent(claim.key(), k -> new LinkedHashMap<>())
        .put(stepId, new StepRecord(stepId, StepRecord.State.DONE, detail, at));
  }

  @Override
  public synchronized boolean bindAccount(Claim claim, String accountId, Instant at) {
    requireHeld(claim, at);
    return accounts.computeIfAbsent(accountId, id -> claim.key()).equals(claim.key());
  }

  @Override
  public synchronized Optional<String> lastNotice(RequestKey key) {
    return Optional.ofNullable(notices.get(key));
  }

  @Override
  public synchronized void noticePosted(Claim claim, String fingerprint, Instant at) {
    requireHeld(claim, at);
    notices.put(claim.key(), fingerprint);
  }

  private Claim claimOf(Claim claim) {
    Claim held = claims.get(claim.key());
    return held != null && held.owner().equals(claim.owner()) ? held : null;
  }

  private void requireHeld(Claim claim, Instant at) {
    Claim held = claimOf(claim);
    if (held == null || !held.expires().isAfter(at)) {
      throw new IllegalStateException("claim on " + claim.key() + " is not held");
    }
  }
}
