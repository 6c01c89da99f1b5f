package io.gatehouse.core.port;

import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.CreateUserResult;
import io.gatehouse.core.directory.DirectoryGroup;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.GroupLookup;
import io.gatehouse.core.directory.GroupType;
import io.gatehouse.core.directory.NewUser;
import io.gatehouse.core.directory.PasswordReset;
import io.gatehouse.core.directory.ResetDelivery;
import io.gatehouse.core.directory.TemporaryPassword;
import io.gatehouse.core.secret.Secret;
import java.util.List;
import java.util.Optional;

/**
 * The identity directory where accounts live: Okta in production. Answers the core reacts to are
 * values; infrastructure failures (network, authentication, rate limits that outlast the retries)
 * throw {@link DirectoryException}, whose {@link DirectoryException#kind()} says whether a retry
 * can help.
 *
 * <p>Every lifecycle change reads the account's current status first and answers {@link
 * ChangeResult.Done} when it made the change, {@link ChangeResult.AlreadyDone} when the account
 * already was as asked, and {@link ChangeResult.Refused} with a reason when the status does not
 * allow it (nothing is changed then). A second call with the same input is therefore safe and
 * answers AlreadyDone. An account that no longer exists is refused, never created again.
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
   * Creates an activated account, as {@link #createUser(NewUser, Optional)}, in these groups. The
   * first 20 groups that are managed here are given at creation, so group-scoped password policies
   * apply to the first password: put policy-relevant groups first. The rest are added right after
   * (briefly retried while the new account settles); those that still fail are listed in {@link
   * CreateUserResult.Created#groupsNotAdded()}. A group not managed here answers {@link
   * CreateUserResult.Refused} before anything is created. Not idempotent, as above.
   */
  CreateUserResult createUser(
      NewUser user, Optional<Secret> temporaryPassword, List<DirectoryGroup> groups);

  /**
   * Gives an existing account a new password that must be changed at first login. Used when an
   * account was created but its first temporary password never reached its owner.
   */
  ChangeResult setTemporaryPassword(DirectoryUser user, Secret temporaryPassword);

  /** The one group with exactly this name, compared exactly (not as a prefix). */
  GroupLookup findGroup(String name);

  /**
   * The one group of this type with exactly this name. Fails closed: no such group answers {@link
   * GroupLookup.Missing}, more than one {@link GroupLookup.Ambiguous}; a group of another type with
   * the name does not count.
   */
  GroupLookup findGroup(String name, GroupType type);

  /**
   * Every group the account belongs to, across every page, in the directory's order. An account
   * that no longer exists throws a non-retryable {@link DirectoryException}.
   */
  List<DirectoryGroup> groupsOf(DirectoryUser user);

  /**
   * Removes an account from a group; a non-member answers {@link ChangeResult.AlreadyDone}, a group
   * not managed here {@link ChangeResult.Refused}.
   */
  ChangeResult removeFromGroup(DirectoryUser user, DirectoryGroup group);

  /**
   * Activates a staged account, or a deactivated one on an administrator's explicit request; the
   * directory e-mails the activation link when the account has no password. An account that is
   * already active (or activated and waiting for its owner) answers AlreadyDone; a suspended one is
   * refused (unsuspend it instead).
   */
  ChangeResult activate(DirectoryUser user);

  /**
   * Sends an activated account that its owner never completed a new activation e-mail (Okta's
   * reactivate, from PROVISIONED or RECOVERY). Refused for an active, staged, suspended or
   * deactivated account. Each Done call sends another e-mail.
   */
  ChangeResult reactivate(DirectoryUser user);

  /**
   * Deactivates an account: it can no longer sign in and loses its app assignments. A deactivated
   * account answers AlreadyDone. Never deletes: a deleted account cannot be brought back.
   */
  ChangeResult deactivate(DirectoryUser user);

  /** Suspends an active account; a suspended one answers AlreadyDone, other statuses Refused. */
  ChangeResult suspend(DirectoryUser user);

  /** Lifts a suspension; an active account answers AlreadyDone, other statuses Refused. */
  ChangeResult unsuspend(DirectoryUser user);

  /** Unlocks a locked-out account; an active one answers AlreadyDone, other statuses Refused. */
  ChangeResult unlock(DirectoryUser user);

  /**
   * Starts a password reset for an account that has a password (active, expired, locked out or in
   * recovery). A suspended, deactivated or never activated account is refused with what to do
   * instead. Not idempotent: each call issues a new link and voids the previous one.
   */
  PasswordReset resetPassword(DirectoryUser user, ResetDelivery delivery);

  /**
   * Expires the account's password and answers the temporary password the directory issued, to be
   * changed at the next login. Refused where {@link #resetPassword} is. A blank temporary password
   * from the directory is a non-retryable {@link DirectoryException}, never an empty password. Not
   * idempotent: each call issues a new temporary password.
   */
  TemporaryPassword expirePassword(DirectoryUser user);

  /**
   * Adds an account to a group; an existing membership answers {@link ChangeResult.AlreadyDone}.
   */
  ChangeResult addToGroup(DirectoryUser user, DirectoryGroup group);
}
