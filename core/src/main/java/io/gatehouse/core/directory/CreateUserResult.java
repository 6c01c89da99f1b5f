package io.gatehouse.core.directory;

import java.util.Objects;

/** What the directory answered to a request to create an account. */
public sealed interface CreateUserResult {

  /** The account was created. */
  record Created(DirectoryUser user) implements CreateUserResult {
    public Created {
      Objects.requireNonNull(user, "user");
    }
  }

  /** The login is already held by an account, shown as it is now. */
  record LoginTaken(DirectoryUser holder) implements CreateUserResult {
    public LoginTaken {
      Objects.requireNonNull(holder, "holder");
    }
  }

  /**
   * The directory refused the profile or the password (a password policy, a field rule); the reason
   * is the directory's own, with no credential in it. Trying again unchanged will fail again.
   */
  record Refused(String reason) implements CreateUserResult {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
