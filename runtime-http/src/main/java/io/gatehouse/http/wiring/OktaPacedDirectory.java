package io.gatehouse.http.wiring;

import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.CreateUserResult;
import io.gatehouse.core.directory.DirectoryGroup;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.GroupLookup;
import io.gatehouse.core.directory.NewUser;
import io.gatehouse.core.pacing.CallBudget;
import io.gatehouse.core.port.DirectoryException;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.secret.Secret;
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

  private <T> T paced(String operation, String bucket, int calls, Supplier<T> call) {
    spend(operation, bucket, calls);
    return call.get();
  }

  private void spend(String operation, String bucket, int calls) {
    try {
      budget.spend(bucket, calls);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DirectoryException(
          "interrupted while waiting for Okta's " + bucket + " budget to " + operation, true, e);
    }
  }
}
