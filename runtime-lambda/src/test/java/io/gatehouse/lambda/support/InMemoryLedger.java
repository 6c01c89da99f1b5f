package io.gatehouse.lambda.support;

import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.ledger.StepRecord;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.request.RequestKey;
import java.time.Duration;
import java.time.Instant;
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

  @Override
  public synchronized Map<String, StepRecord> steps(RequestKey key) {
    return Map.copyOf(steps.getOrDefault(key, Map.of()));
  }

  @Override
  public synchronized void started(Claim claim, String stepId, Instant at) {
    put(claim, new StepRecord(stepId, StepRecord.State.STARTED, "", at));
  }

  @Override
  public synchronized void done(Claim claim, String stepId, String detail, Instant at) {
    put(claim, new StepRecord(stepId, StepRecord.State.DONE, detail, at));
  }

  @Override
  public synchronized Optional<String> lastNotice(RequestKey key) {
    return Optional.ofNullable(notices.get(key));
  }

  @Override
  public synchronized void noticePosted(Claim claim, String fingerprint, Instant at) {
    notices.put(claim.key(), fingerprint);
  }

  @Override
  public synchronized boolean bindAccount(Claim claim, String accountId, Instant at) {
    return accounts.computeIfAbsent(accountId, id -> claim.key()).equals(claim.key());
  }

  private void put(Claim claim, StepRecord record) {
    steps.computeIfAbsent(claim.key(), key -> new LinkedHashMap<>()).put(record.stepId(), record);
  }
}
