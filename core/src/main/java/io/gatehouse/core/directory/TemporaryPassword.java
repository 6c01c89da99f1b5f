package io.gatehouse.core.directory;

import io.gatehouse.core.secret.Secret;
import java.util.Objects;

/** What came of expiring an account's password in exchange for a temporary one. */
public sealed interface TemporaryPassword {

  /**
   * The password is expired and the directory issued this temporary one, which must be changed at
   * the next login. Never blank.
   */
  record Issued(Secret password) implements TemporaryPassword {
    public Issued {
      Objects.requireNonNull(password, "password");
      if (password.isBlank()) {
        throw new IllegalArgumentException("an issued temporary password is never blank");
      }
    }
  }

  /** The account's status does not allow it; the reason says why. */
  record Refused(String reason) implements TemporaryPassword {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
