package io.gatehouse.core.port;

import io.gatehouse.core.secret.SecretRef;

/** A secret could not be read. The message names the reference, never a value. */
public final class SecretUnavailableException extends RuntimeException {
  private final SecretRef ref;

  public SecretUnavailableException(SecretRef ref, String reason) {
    super("secret " + ref + " is not available: " + reason);
    this.ref = ref;
  }

  public SecretUnavailableException(SecretRef ref, String reason, Throwable cause) {
    super("secret " + ref + " is not available: " + reason, cause);
    this.ref = ref;
  }

  public SecretRef ref() {
    return ref;
  }
}
