package io.gatehouse.core.fakes;

import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.CreateUserResult;
import io.gatehouse.core.directory.DirectoryGroup;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.GroupLookup;
import io.gatehouse.core.directory.NewUser;
import io.gatehouse.core.directory.UserStatus;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.secret.Secret;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A directory in memory that counts every change, so tests can prove nothing happens twice. Safe
 * for use by many threads: every method holds the directory's lock.
 */
public final class FakeDirectory implements IdentityDirectory {
  private final Clock clock;
  private final Map<String, DirectoryUser> usersByLogin = new LinkedHashMap<>();
  private final Map<String, DirectoryGroup> groups = new HashMap<>();
  private final Map<String, Set<String>> members = new HashMap<>();
  private final Map<String, Secret> passwords = new HashMap<>();
  private final List<String> changes = new ArrayList<>();
  private int nextId = 1;

  public FakeDirectory(Clock clock) {
    this.clock = clock;
  }

  public synchronized FakeDirectory group(String name, boolean managedHere) {
    groups.put(name, new DirectoryGroup("00g" + name.hashCode(), name, managedHere));
    return this;
  }

  public synchronized DirectoryUser existing(String login, UserStatus status) {
    DirectoryUser user = new DirectoryUser("00u" + nextId++, login, status, clock.instant());
    usersByLogin.put(login, user);
    return user;
  }

  @Override
  public synchronized Optional<DirectoryUser> findUser(String login) {
    return Optional.ofNullable(usersByLogin.get(login));
  }

  @Override
  public synchronized CreateUserResult createUser(
      NewUser user, Optional<Secret> temporaryPassword) {
    if (usersByLogin.containsKey(user.login())) {
      return new CreateUserResult.LoginTaken(usersByLogin.get(user.login()));
    }
    UserStatus status =
        temporaryPassword.isPresent() ? UserStatus.PASSWORD_EXPIRED : UserStatus.PROVISIONED;
    DirectoryUser created = existing(user.login(), status);
    temporaryPassword.ifPresent(password -> passwords.put(created.id(), password));
    changes.add("create " + user.login());
    return new CreateUserResult.Created(created);
  }

  @Override
  public synchronized ChangeResult setTemporaryPassword(
      DirectoryUser user, Secret temporaryPassword) {
    passwords.put(user.id(), temporaryPassword);
    changes.add("password " + user.login());
    return ChangeResult.done();
  }

  @Override
  public synchronized GroupLookup findGroup(String name) {
    DirectoryGroup group = groups.get(name);
    return group == null ? new GroupLookup.Missing(name) : new GroupLookup.Found(group);
  }

  @Override
  public synchronized ChangeResult addToGroup(DirectoryUser user, DirectoryGroup group) {
    boolean added = members.computeIfAbsent(group.name(), g -> new HashSet<>()).add(user.id());
    if (!added) {
      return ChangeResult.alreadyDone();
    }
    changes.add("add " + user.login() + " to " + group.name());
    return ChangeResult.done();
  }

  public synchronized Set<String> membersOf(String group) {
    return Set.copyOf(members.getOrDefault(group, Set.of()));
  }

  public synchronized Optional<Secret> passwordOf(DirectoryUser user) {
    return Optional.ofNullable(passwords.get(user.id()));
  }

  /** Every change made, in order. */
  public synchronized List<String> changes() {
    return List.copyOf(changes);
  }
}
