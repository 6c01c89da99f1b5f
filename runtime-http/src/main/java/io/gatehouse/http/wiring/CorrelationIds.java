package io.gatehouse.http.wiring;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Supplier;

/** Makes run ids such as {@code run-3f9a1c2b7d4e}, unique across processes sharing a ledger. */
final class CorrelationIds implements Supplier<String> {
  private final SecureRandom random;

  CorrelationIds(SecureRandom random) {
    this.random = random;
  }

  @Override
  public String get() {
    byte[] bytes = new byte[6];
    random.nextBytes(bytes);
    return "run-" + HexFormat.of().formatHex(bytes);
  }
}
