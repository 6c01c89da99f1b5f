package io.gatehouse.okta.internal;

import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import io.gatehouse.core.port.DirectoryException;
import io.gatehouse.core.port.SecretUnavailableException;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one retry layer. The SDK's own retries are switched off (they resend a create on 503 and
 * reuse nothing they learn), so every call goes through here: a 429 waits for Okta's reset and is
 * retried whatever the method, since Okta did not handle it; a 5xx or a lost answer is retried only
 * when repeating the call cannot do harm. A wait longer than {@link #MAX_WAIT} is not slept: the
 * call fails as rate limited and retryable, so a runtime with a deadline can defer the work.
 */
final class OktaCalls {
  static final Duration MAX_WAIT = Duration.ofSeconds(60);
  private static final Logger LOG = LoggerFactory.getLogger(OktaCalls.class);
  private static final Duration SERVER_BACKOFF = Duration.ofMillis(500);

  /** Time kept after a wait for the retried call and for recording the request's state. */
  static final Duration DEADLINE_MARGIN = Duration.ofSeconds(10);

  /** Which failures a call may be repeated after. */
  enum Retry {
    /** 429, 5xx and lost answers: reads and changes that land the same way twice. */
    SAFE,
    /** 429 only: a 5xx or lost answer may mean Okta acted, so the caller checks first. */
    RATE_LIMIT_ONLY
  }

  private final ClientHolder clients;
  private final Pacing pacing;
  private final int maxRetries;
  private final ConcurrencyGate gate;

  OktaCalls(ClientHolder clients, Pacing pacing, int maxRetries) {
    this.clients = clients;
    this.pacing = pacing;
    this.maxRetries = maxRetries;
    this.gate = new ConcurrencyGate(pacing.clock());
  }

  /** Runs a call; Okta's error answer, if any, comes back for the caller to classify. */
  <T> Answer<T> attempt(String operation, Retry retry, Function<ApiClient, T> action) {
    for (int attempt = 0; ; attempt++) {
      ApiException error;
      try {
        return Answer.ok(gate.through(() -> clients.call(action)));
      } catch (ApiException e) {
        error = e;
      } catch (RuntimeException e) {
        throw failure(operation, e);
      }

      OktaFailure failure = OktaFailure.of(error);
      Duration wait = wait(operation, retry, failure, attempt);
      if (wait == null) {
        return Answer.failed(failure, error);
      }
      sleep(operation, wait);
    }
  }

  /** Runs a call; any error answer becomes a {@link DirectoryException}. */
  <T> T call(String operation, Retry retry, Function<ApiClient, T> action) {
    return attempt(operation, retry, action).orThrow(operation);
  }

  /** Whether calls go one at a time now, after a concurrent-limit answer. */
  boolean singleFile() {
    return gate.singleFile();
  }

  /** Waits before trying again; used by callers that retry a transient answer themselves. */
  void pause(String operation, Duration wait) {
    sleep(operation, wait);
  }

  private Duration wait(String operation, Retry retry, OktaFailure failure, int attempt) {
    if (attempt >= maxRetries) {
      return null;
    }
    OktaErrorKind kind = failure.kind();
    if (kind == OktaErrorKind.RATE_LIMITED) {
      if (RateLimitWait.concurrentLimit(failure.headers())) {
        gate.concurrentLimitMet();
      }
      Duration wait = RateLimitWait.of(failure.headers(), attempt, pacing);
      Duration left = pacing.timeLeft().get().minus(DEADLINE_MARGIN);
      if (wait.compareTo(left) > 0) {
        throw new DirectoryException(
            "Okta "
                + operation
                + " is rate limited for "
                + wait.toSeconds()
                + " s, more than the time this run has left; deferred to the next run",
            DirectoryException.Kind.RATE_LIMITED,
            null);
      }
      if (wait.compareTo(MAX_WAIT) > 0) {
        throw new DirectoryException(
            "Okta "
                + operation
                + " is rate limited for "
                + wait.toSeconds()
                + " s, longer than the "
                + MAX_WAIT.toSeconds()
                + " s Gatehouse waits",
            DirectoryException.Kind.RATE_LIMITED,
            null);
      }
      LOG.warn(
          "Okta rate limit on {}; retrying in {} ms. If this is frequent, lower Gatehouse's"
              + " parallelism or raise the app's share of the org rate limit",
          operation,
          wait.toMillis());
      return wait;
    }
    boolean transientFailure =
        kind == OktaErrorKind.SERVER_ERROR || kind == OktaErrorKind.NO_ANSWER;
    if (transientFailure && retry == Retry.SAFE) {
      return SERVER_BACKOFF.multipliedBy(1L << Math.min(attempt, 3));
    }
    return null;
  }

  private void sleep(String operation, Duration wait) {
    try {
      pacing.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DirectoryException(
          "Okta " + operation + " was interrupted while waiting to retry",
          DirectoryException.Kind.UNAVAILABLE,
          e);
    }
  }

  /** A failure that is not an Okta error answer, as a {@link DirectoryException}. */
  static DirectoryException failure(String operation, RuntimeException e) {
    if (e instanceof DirectoryException directory) {
      return directory;
    }
    if (e instanceof SecretUnavailableException secret) {
      // Its message names the reference and never the value.
      return new DirectoryException(
          "Okta " + operation + " failed: " + secret.getMessage(),
          DirectoryException.Kind.MISCONFIGURED,
          secret);
    }
    boolean io = false;
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      io |= cause instanceof java.io.IOException;
    }
    return new DirectoryException(
        "Okta " + operation + " failed: " + e.getClass().getSimpleName(),
        io ? DirectoryException.Kind.UNAVAILABLE : DirectoryException.Kind.OTHER,
        e);
  }
}
