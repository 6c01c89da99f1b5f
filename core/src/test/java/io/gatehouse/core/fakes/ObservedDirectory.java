package io.gatehouse.core.fakes;

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
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.secret.Secret;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Wraps a directory to count how many requests are inside it at once, and lets a test run its own
 * code when an account is about to be created (to hold the call at a gate, to look at the log
 * context, or to throw), and once it is created. Safe for use by many threads.
 */
public final class ObservedDirectory implements IdentityDirectory {
  private final IdentityDirectory inner;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();
  private volatile Consumer<NewUser> beforeCreate = user -> {};
  private volatile Consumer<NewUser> afterCreate = user -> {};

  public ObservedDirectory(IdentityDirectory inner) {
    this.inner = inner;
  }

  /** Runs before each create, on the calling thread, outside the wrapped directory's lock. */
  public void beforeCreate(Consumer<NewUser> hook) {
    beforeCreate = hook;
  }

  /** Runs after each create has returned, on the calling thread. */
  public void afterCreate(Consumer<NewUser> hook) {
    afterCreate = hook;
  }

  /** The most calls that were inside the directory at the same time. */
  public int mostInFlight() {
    return mostInFlight.get();
  }

  @Override
  public Optional<DirectoryUser> findUser(String login) {
    return observe(() -> inner.findUser(login));
  }

  @Override
  public CreateUserResult createUser(NewUser user, Optional<Secret> temporaryPassword) {
    return observe(
        () -> {
          beforeCreate.accept(user);
          CreateUserResult result = inner.createUser(user, temporaryPassword);
          afterCreate.accept(user);
          return result;
        });
  }

  @Override
  public ChangeResult setTemporaryPassword(DirectoryUser user, Secret temporaryPassword) {
    return observe(() -> inner.setTemporaryPassword(user, temporaryPassword));
  }

  @Override
  public GroupLookup findGroup(String name) {
    return observe(() -> inner.findGroup(name));
  }

  @Override
  public ChangeResult addToGroup(DirectoryUser user, DirectoryGroup group) {
    return observe(() -> inner.addToGroup(user, group));
  }

  @Override
  public CreateUserResult createUser(
      NewUser user, Optional<Secret> temporaryPassword, List<DirectoryGroup> groups) {
    return observe(
        () -> {
          beforeCreate.accept(user);
          CreateUserResult result = inner.createUser(user, temporaryPassword, groups);
          afterCreate.accept(user);
          return result;
        });
  }

  @Override
  public GroupLookup findGroup(String name, GroupType type) {
    return observe(() -> inner.findGroup(name, type));
  }

  @Override
  public List<DirectoryGroup> groupsOf(DirectoryUser user) {
    return observe(() -> inner.groupsOf(user));
  }

  @Override
  public ChangeResult removeFromGroup(DirectoryUser user, DirectoryGroup group) {
    return observe(() -> inner.removeFromGroup(user, group));
  }

  @Override
  public ChangeResult activate(DirectoryUser user) {
    return observe(() -> inner.activate(user));
  }

  @Override
  public ChangeResult reactivate(DirectoryUser user) {
    return observe(() -> inner.reactivate(user));
  }

  @Override
  public ChangeResult deactivate(DirectoryUser user) {
    return observe(() -> inner.deactivate(user));
  }

  @Override
  public ChangeResult suspend(DirectoryUser user) {
    return observe(() -> inner.suspend(user));
  }

  @Override
  public ChangeResult unsuspend(DirectoryUser user) {
    return observe(() -> inner.unsuspend(user));
  }

  @Override
  public ChangeResult unlock(DirectoryUser user) {
    return observe(() -> inner.unlock(user));
  }

  @Override
  public PasswordReset resetPassword(DirectoryUser user, ResetDelivery delivery) {
    return observe(() -> inner.resetPassword(user, delivery));
  }

  @Override
  public TemporaryPassword expirePassword(DirectoryUser user) {
    return observe(() -> inner.expirePassword(user));
  }

  private <T> T observe(Supplier<T> call) {
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      return call.get();
    } finally {
      inFlight.decrementAndGet();
    }
  }
}
