package io.gatehouse.core.fakes;

import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.CreateUserResult;
import io.gatehouse.core.directory.DirectoryGroup;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.GroupLookup;
import io.gatehouse.core.directory.NewUser;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.secret.Secret;
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

  private <T> T observe(Supplier<T> call) {
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      return call.get();
    } finally {
      inFlight.decrementAndGet();
    }
  }
}
