package io.gatehouse.core.directory;

import java.util.Map;
import java.util.Objects;

/** What the directory answered to a request to create an account. */
public sealed interface CreateUserResult {

  /**
   * The account was created.
   *
   * @param user the account as the create answered it; its id is the one to use from now on
   * @param groupsNotAdded groups asked for beyond those given at creation that could not be added
   *     afterwards, by name, with the reason; empty when every group was added
   */
  record Created(DirectoryUser user, Map<String, String> groupsNotAdded)
      implements CreateUserResult {
    public Created {
      Objects.requireNonNull(user, "user");
      groupsNotAdded = Map.copyOf(groupsNotAdded);
    }

    public Created(DirectoryUser user) {
      this(user, Map.of());
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
   *
   * @param reason the directory's causes
   * @param cause which rule refused it: a password refused by policy may pass when generated anew
   */
  record Refused(String reason, Cause cause) implements CreateUserResult {
    public Refused {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(cause, "cause");
    }

    /** A refusal of the profile or of anything but the password. */
    public Refused(String reason) {
      this(reason, Cause.PROFILE);
    }
  }

  /** Which rule refused a create. */
  enum Cause {
    /** The password breaks the password policy that applies to the account. */
    PASSWORD_POLICY,
    /** A profile field, a group or a parameter was refused. */
    PROFILE
  }
}
