package io.gatehouse.core.port;

import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.CreateUserResult;
import io.gatehouse.core.directory.DirectoryGroup;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.GroupLookup;
import io.gatehouse.core.directory.NewUser;
import io.gatehouse.core.secret.Secret;
import java.util.Optional;

/**
 * The identity directory where accounts live: Okta in production. Answers the core reacts to are
 * values; infrastructure failures (network, authentication, rate limits that outlast the retries)
 * throw {@link DirectoryException}.
 */
public interface IdentityDirectory {

  /**
   * The account holding a login, in any status, deprovisioned ones included. Read-after-write
   * consistent: an account created a moment ago is found.
   */
  Optional<DirectoryUser> findUser(String login);

  /**
   * Creates an activated account. With a password, the password must be changed at first login;
   * without one, the directory e-mails an activation link. Not idempotent: a second call for the
   * same login answers {@link CreateUserResult.LoginTaken}.
   */
  CreateUserResult createUser(NewUser user, Optional<Secret> temporaryPassword);

  /**
   * Gives an existing account a new password that must be changed at first login. Used when an
   * account was created but its first temporary password never reached its owner.
   */
  ChangeResult setTemporaryPassword(DirectoryUser user, Secret temporaryPassword);

  /** The one group with exactly this name, compared exactly (not as a prefix). */
  GroupLookup findGroup(String name);

  /**
   * Adds an account to a group; an existing membership answers {@link ChangeResult.AlreadyDone}.
   */
  ChangeResult addToGroup(DirectoryUser user, DirectoryGroup group);
}
