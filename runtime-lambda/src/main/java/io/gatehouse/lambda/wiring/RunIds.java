package io.gatehouse.lambda.wiring;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Correlation ids such as {@code run-3f9a1c2b7d4e}. The job asks for one per run; a run handed off
 * by the webhook must keep the id the webhook already answered with, so the next id can be set
 * beforehand with {@link #useNext}. One container serves one invocation at a time.
 */
public final class RunIds implements Supplier<String> {
  private final SecureRandom random;
  private final AtomicReference<String> next = new AtomicReference<>();

  public RunIds(SecureRandom random) {
    this.random = random;
  }

  /** Makes the next {@link #get()} answer this id. */
  public void useNext(String correlationId) {
    next.set(correlationId);
  }

  /** The id set with {@link #useNext}, once, or else a new random one. */
  @Override
  public String get() {
    String given = next.getAndSet(null);
    if (given != null) {
      return given;
    }
    byte[] bytes = new byte[6];
    random.nextBytes(bytes);
    return "run-" + HexFormat.of().formatHex(bytes);
  }
}
