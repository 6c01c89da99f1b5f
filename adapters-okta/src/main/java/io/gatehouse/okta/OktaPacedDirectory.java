package io.gatehouse.okta;

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
import io.gatehouse.core.pacing.CallBudget;
import io.gatehouse.core.port.DirectoryException;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.secret.Secret;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps Gatehouse within its per-minute budget of Okta calls, in each of Okta's rate-limit buckets,
 * by taking the places of the Okta calls a port call makes before it makes them. With several
 * requests in flight, workers wait here instead of meeting 429s at Okta.
 *
 * <p>Why a decorator over the port, here: the core's job stays unaware of Okta's buckets, the
 * adapter is used as it is, and the Lambda runtime can wrap its directory the same way. The price
 * is that the table below restates which Okta calls the adapter makes (see docs/adapters/okta.md):
 * it cannot see the SDK's retries nor a second page of groups, which is why the budget should stay
 * below Okta's limit. A membership check that finds the account already in the group spends one
 * place it did not use.
 *
 * <p>Safe for use by many threads when the directory it wraps is. A thread interrupted while it
 * waits gets a retryable {@link DirectoryException} and keeps its interrupt flag.
 */
final class OktaPacedDirectory implements IdentityDirectory {
  /** {@code GET /api/v1/users/{login}}. */
  static final String USER_GET = "user-get";

  /** {@code GET} and {@code POST /api/v1/users}. */
  static final String USERS = "users";

  /** {@code POST /api/v1/users/{id}}. */
  static final String USER_UPDATE = "user-update";

  /** {@code GET /api/v1/groups}. */
  static final String GROUPS = "groups";

  /** Lifecycle calls, a user's groups and membership changes. */
  static final String OTHER = "other";

  private final IdentityDirectory okta;
  private final Budget budget;

  /** Where places are taken: {@link CallBudget#spend} in production, a recorder in tests. */
  @FunctionalInterface
  interface Budget {
    void spend(String bucket, int calls) throws InterruptedException;
  }

  OktaPacedDirectory(IdentityDirectory okta, CallBudget budget) {
    this(okta, (Budget) budget::spend);
  }

  OktaPacedDirectory(IdentityDirectory okta, Budget budget) {
    this.okta = okta;
    this.budget = budget;
  }

  @Override
  public Optional<DirectoryUser> findUser(String login) {
    // A login with a slash cannot be a path segment; the adapter searches the user list instead.
    String bucket = login.contains("/") ? USERS : USER_GET;
    return paced("find user", bucket, 1, () -> okta.findUser(login));
  }

  @Override
  public CreateUserResult createUser(NewUser user, Optional<Secret> temporaryPassword) {
    return paced("create user", USERS, 1, () -> okta.createUser(user, temporaryPassword));
  }

  @Override
  public ChangeResult setTemporaryPassword(DirectoryUser user, Secret temporaryPassword) {
    spend("set a temporary password", USER_UPDATE, 1);
    return paced(
        "set a temporary password",
        OTHER,
        1,
        () -> okta.setTemporaryPassword(user, temporaryPassword));
  }

  @Override
  public GroupLookup findGroup(String name) {
    return paced("find group", GROUPS, 1, () -> okta.findGroup(name));
  }

  @Override
  public ChangeResult addToGroup(DirectoryUser user, DirectoryGroup group) {
    // The adapter reads the user's groups first, then adds the membership when it is missing.
    return paced("add to group", OTHER, 2, () -> okta.addToGroup(user, group));
  }

  @Override
  public CreateUserResult createUser(
      NewUser user, Optional<Secret> temporaryPassword, List<DirectoryGroup> groups) {
    // Groups past the twentieth are added one by one after the create.
    spend("create user", OTHER, Math.max(0, groups.size() - 20));
    return paced("create user", USERS, 1, () -> okta.createUser(user, temporaryPassword, groups));
  }

  @Override
  public GroupLookup findGroup(String name, GroupType type) {
    return paced("find group", GROUPS, 1, () -> okta.findGroup(name, type));
  }

  @Override
  public List<DirectoryGroup> groupsOf(DirectoryUser user) {
    return paced("list a user's groups", OTHER, 1, () -> okta.groupsOf(user));
  }

  @Override
  public ChangeResult removeFromGroup(DirectoryUser user, DirectoryGroup group) {
    // As with adding: the user's groups are read first.
    return paced("remove from group", OTHER, 2, () -> okta.removeFromGroup(user, group));
  }

  @Override
  public ChangeResult activate(DirectoryUser user) {
    return lifecycle("activate", () -> okta.activate(user));
  }

  @Override
  public ChangeResult reactivate(DirectoryUser user) {
    return lifecycle("reactivate", () -> okta.reactivate(user));
  }

  @Override
  public ChangeResult deactivate(DirectoryUser user) {
    return lifecycle("deactivate", () -> okta.deactivate(user));
  }

  @Override
  public ChangeResult suspend(DirectoryUser user) {
    return lifecycle("suspend", () -> okta.suspend(user));
  }

  @Override
  public ChangeResult unsuspend(DirectoryUser user) {
    return lifecycle("unsuspend", () -> okta.unsuspend(user));
  }

  @Override
  public ChangeResult unlock(DirectoryUser user) {
    return lifecycle("unlock", () -> okta.unlock(user));
  }

  @Override
  public PasswordReset resetPassword(DirectoryUser user, ResetDelivery delivery) {
    return lifecycle("reset a password", () -> okta.resetPassword(user, delivery));
  }

  @Override
  public TemporaryPassword expirePassword(DirectoryUser user) {
    return lifecycle("expire a password", () -> okta.expirePassword(user));
  }

  /** Lifecycle actions read the account's status first, then make one lifecycle call. */
  private <T> T lifecycle(String operation, Supplier<T> call) {
    spend(operation, USER_GET, 1);
    return paced(operation, OTHER, 1, call);
  }

  private <T> T paced(String operation, String bucket, int calls, Supplier<T> call) {
    spend(operation, bucket, calls);
    return call.get();
  }

  private void spend(String operation, String bucket, int calls) {
    if (calls == 0) {
      return;
    }
    try {
      budget.spend(bucket, calls);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DirectoryException(
          "interrupted while waiting for Okta's " + bucket + " budget to " + operation, true, e);
    }
  }
}
