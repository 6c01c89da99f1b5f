package io.gatehouse.lambda.support;

import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.ledger.StepRecord;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.request.RequestKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A ledger in memory, standing in for the DynamoDB ledger of adapters-aws. Atomic across threads,
 * so two handler instances sharing it behave like two Lambda containers sharing the table.
 */
public final class InMemoryLedger implements Ledger {
  private final Map<RequestKey, Claim> claims = new HashMap<>();
  private final Map<RequestKey, Map<String, StepRecord>> steps = new HashMap<>();
  private final Map<RequestKey, String> notices = new HashMap<>();
  private final Map<String, RequestKey> accounts = new HashMap<>();

  @Override
  public synchronized Optional<Claim> claim(
      RequestKey key, String owner, Instant now, Duration lease) {
    Claim held = claims.get(key);
    if (held != null && !held.owner().equals(owner) && held.expires().isAfter(now)) {
      return Optional.empty();
    }
    Claim claim = new Claim(key, owner, now.plus(lease));
    claims.put(key, claim);
    return Optional.of(claim);
  }

  @Override
  public synchronized void release(Claim claim) {
    claims.remove(claim.key(), claim);
  }

  /** In the order of the ledgers it stands in for: by time recorded, then by step id. */
  @Override
  public synchronized Map<String, StepRecord> steps(RequestKey key) {
    Map<String, StepRecord> ordered = new LinkedHashMap<>();
    steps.getOrDefault(key, Map.of()).values().stream()
        .sorted(Comparator.comparing(StepRecord::at).thenComparing(StepRecord::stepId))
        .forEach(step -> ordered.put(step.stepId(), step));
    return Collections.unmodifiableMap(ordered);
  }

  /** A step already done stays done. */
  @Override
  public synchronized void started(Claim claim, String stepId, Instant at) {
    requireHeld(claim, at);
    StepRecord recorded = steps.getOrDefault(claim.key(), Map.of()).get(stepId);
    if (recorded == null || !recorded.done()) {
      put(claim, new StepRecord(stepId, StepRecord.State.STARTED, "", at));
    }
  }

  @Override
  public synchronized void done(Claim claim, String stepId, String detail, Instant at) {
    requireHeld(claim, at);
    put(claim, new StepRecord(stepId, StepRecord.State.DONE, detail, at));
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

  @Override
  public synchronized boolean bindAccount(Claim claim, String accountId, Instant at) {
    requireHeld(claim, at);
    return accounts.computeIfAbsent(accountId, id -> claim.key()).equals(claim.key());
  }

  private void put(Claim claim, StepRecord record) {
    steps.computeIfAbsent(claim.key(), key -> new HashMap<>()).put(record.stepId(), record);
  }

  /** As the DynamoDB ledger does, refuses a write by a run whose claim is lost or lapsed. */
  private void requireHeld(Claim claim, Instant at) {
    Claim held = claims.get(claim.key());
    if (held == null || !held.owner().equals(claim.owner()) || !held.expires().isAfter(at)) {
      throw new IllegalStateException(
          "claim on " + claim.key() + " by " + claim.owner() + " is no longer held at " + at);
    }
  }
}
