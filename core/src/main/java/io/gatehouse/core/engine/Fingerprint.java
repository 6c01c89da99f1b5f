package io.gatehouse.core.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short, stable digests of texts, for telling whether a reason or a plan has changed. */
final class Fingerprint {
  private Fingerprint() {}

  static String of(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /**
   * The digest of a reason with its numbers blanked out: the same failure seen again carries other
   * times, counts and ids, and must not count as a new one.
   */
  static String ofReason(String reason) {
    return of(reason.replaceAll("[0-9]+", "#"));
  }
}
