package io.gatehouse.core.secret;

import java.util.Arrays;
import java.util.Objects;

/**
 * A credential or temporary password held in memory. Its {@link #toString()} never shows the value,
 * so a secret that reaches a log line, an exception message or a string template by mistake shows
 * as {@code [redacted]}.
 */
public final class Secret {
  private final char[] value;

  private Secret(char[] value) {
    this.value = value.clone();
  }

  public static Secret of(String value) {
    Objects.requireNonNull(value, "value");
    return new Secret(value.toCharArray());
  }

  public static Secret of(char[] value) {
    Objects.requireNonNull(value, "value");
    return new Secret(value);
  }

  /** The value itself, for the one call that must send it. Never log or store the result. */
  public String reveal() {
    return new String(value);
  }

  /** A copy of the value as characters, for APIs that take a {@code char[]}. */
  public char[] revealChars() {
    return value.clone();
  }

  public boolean isBlank() {
    return new String(value).isBlank();
  }

  public int length() {
    return value.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret secret && Arrays.equals(value, secret.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return "[redacted]";
  }
}
