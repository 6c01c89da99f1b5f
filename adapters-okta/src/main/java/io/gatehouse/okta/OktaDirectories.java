package io.gatehouse.okta;

import io.gatehouse.core.pacing.CallBudget;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.okta.internal.OktaIdentityDirectory;
import io.gatehouse.okta.internal.Pacing;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Makes the Okta implementation of {@link IdentityDirectory}. */
public final class OktaDirectories {
  private OktaDirectories() {}

  /**
   * An identity directory backed by one Okta org. The SDK client is built on first use and reused
   * by every thread; the credential is read from {@code secrets} then, and again (after {@link
   * SecretStore#invalidate}) once when Okta rejects it with 401. A credential that cannot be used
   * surfaces as a non-retryable {@link io.gatehouse.core.port.DirectoryException} naming its secret
   * reference.
   */
  public static IdentityDirectory create(OktaSettings settings, SecretStore secrets) {
    return new OktaIdentityDirectory(settings, secrets);
  }

  /**
   * As {@link #create(OktaSettings, SecretStore)}, for a runtime with a deadline: before waiting
   * out a rate limit, the directory asks {@code timeLeft} how long the caller may still take, and
   * fails the call as rate limited (retryable, "deferred to the next run") rather than wait past
   * it.
   */
  public static IdentityDirectory create(
      OktaSettings settings, SecretStore secrets, Supplier<Duration> timeLeft) {
    return new OktaIdentityDirectory(settings, secrets, Pacing.real().within(timeLeft));
  }

  /**
   * The directory, keeping within {@code callsPerMinute} Okta calls a minute in each of Okta's
   * rate-limit buckets: a call waits for its place instead of meeting a 429 at Okta. Safe for use
   * by many threads when {@code okta} is; the budget is this process's, shared by every thread.
   */
  public static IdentityDirectory paced(IdentityDirectory okta, int callsPerMinute) {
    CallBudget budget =
        new CallBudget(
            callsPerMinute,
            Clock.systemUTC(),
            duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos()));
    return new OktaPacedDirectory(okta, budget);
  }
}
