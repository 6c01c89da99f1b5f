package io.gatehouse.core.directory;

import io.gatehouse.core.secret.Secret;
import java.util.Objects;

/** What came of a request to reset an account's password. */
public sealed interface PasswordReset {

  /** The directory e-mailed the account's owner a reset link; nothing is shown to Gatehouse. */
  record EmailSent() implements PasswordReset {}

  /**
   * The directory answered a one-time reset link for Gatehouse to deliver; the link is a credential
   * and must be treated like a password.
   */
  record Link(Secret url) implements PasswordReset {
    public Link {
      Objects.requireNonNull(url, "url");
    }
  }

  /** The account's status does not allow a reset; the reason says why and what to do instead. */
  record Refused(String reason) implements PasswordReset {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
