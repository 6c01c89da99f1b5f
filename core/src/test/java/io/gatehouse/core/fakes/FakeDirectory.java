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
import io.gatehouse.core.directory.UserStatus;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.secret.Secret;
import java.time.Clock;
import java.time.Duration;
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
  private Duration callTime = Duration.ZERO;
  private int passwordRefusals;

  public FakeDirectory(Clock clock) {
    this.clock = clock;
  }

  /** Makes the next creates with a password fail the password policy, as an org's policy may. */
  public synchronized FakeDirectory refusePasswords(int times) {
    passwordRefusals = times;
    return this;
  }

  /** Makes every change take this long on the test clock, as a slow directory would. */
  public synchronized FakeDirectory slowBy(Duration duration) {
    this.callTime = duration;
    return this;
  }

  private void pass() {
    if (clock instanceof MutableClock mutable) {
      mutable.advance(callTime);
    }
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
    pass();
    if (usersByLogin.containsKey(user.login())) {
      return new CreateUserResult.LoginTaken(usersByLogin.get(user.login()));
    }
    if (temporaryPassword.isPresent() && passwordRefusals > 0) {
      passwordRefusals--;
      return new CreateUserResult.Refused(
          "password: Password requirements were not met", CreateUserResult.Cause.PASSWORD_POLICY);
    }
    UserStatus status =
        temporaryPassword.isPresent() ? UserStatus.PASSWORD_EXPIRED : UserStatus.PROVISIONED;
    DirectoryUser created = existing(user.login(), status);
    temporaryPassword.ifPresent(password -> passwords.put(created.id(), password));
    changes.add("create " + user.login());
    return new CreateUserResult.Created(created);
  }

  @Override
  public synchronized CreateUserResult createUser(
      NewUser user, Optional<Secret> temporaryPassword, List<DirectoryGroup> groups) {
    CreateUserResult result = createUser(user, temporaryPassword);
    if (result instanceof CreateUserResult.Created created) {
      // One call, as Okta takes the groups with the create: no extra time passes for them.
      Duration slow = callTime;
      callTime = Duration.ZERO;
      groups.forEach(group -> addToGroup(created.user(), group));
      callTime = slow;
    }
    return result;
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
    pass();
    DirectoryGroup group = groups.get(name);
    return group == null ? new GroupLookup.Missing(name) : new GroupLookup.Found(group);
  }

  @Override
  public synchronized GroupLookup findGroup(String name, GroupType type) {
    DirectoryGroup group = groups.get(name);
    boolean matches = group != null && group.managedHere() == (type == GroupType.OKTA_GROUP);
    return matches ? new GroupLookup.Found(group) : new GroupLookup.Missing(name);
  }

  @Override
  public synchronized List<DirectoryGroup> groupsOf(DirectoryUser user) {
    return groups.values().stream()
        .filter(group -> members.getOrDefault(group.name(), Set.of()).contains(user.id()))
        .toList();
  }

  @Override
  public synchronized ChangeResult removeFromGroup(DirectoryUser user, DirectoryGroup group) {
    boolean removed = members.getOrDefault(group.name(), new HashSet<>()).remove(user.id());
    if (!removed) {
      return ChangeResult.alreadyDone();
    }
    changes.add("remove " + user.login() + " from " + group.name());
    return ChangeResult.done();
  }

  @Override
  public synchronized ChangeResult activate(DirectoryUser user) {
    return move(
        user, "activate", Set.of(UserStatus.STAGED, UserStatus.DEPROVISIONED), UserStatus.ACTIVE);
  }

  @Override
  public synchronized ChangeResult reactivate(DirectoryUser user) {
    UserStatus status = current(user).status();
    if (status != UserStatus.PROVISIONED && status != UserStatus.RECOVERY) {
      return ChangeResult.refused("cannot reactivate an account in status " + status);
    }
    changes.add("reactivate " + user.login());
    return ChangeResult.done();
  }

  @Override
  public synchronized ChangeResult deactivate(DirectoryUser user) {
    return move(
        user,
        "deactivate",
        Set.of(UserStatus.values()).stream()
            .filter(status -> status != UserStatus.DEPROVISIONED)
            .collect(java.util.stream.Collectors.toSet()),
        UserStatus.DEPROVISIONED);
  }

  @Override
  public synchronized ChangeResult suspend(DirectoryUser user) {
    return move(user, "suspend", Set.of(UserStatus.ACTIVE), UserStatus.SUSPENDED);
  }

  @Override
  public synchronized ChangeResult unsuspend(DirectoryUser user) {
    return move(user, "unsuspend", Set.of(UserStatus.SUSPENDED), UserStatus.ACTIVE);
  }

  @Override
  public synchronized ChangeResult unlock(DirectoryUser user) {
    return move(user, "unlock", Set.of(UserStatus.LOCKED_OUT), UserStatus.ACTIVE);
  }

  @Override
  public synchronized PasswordReset resetPassword(DirectoryUser user, ResetDelivery delivery) {
    if (!hasPassword(current(user).status())) {
      return new PasswordReset.Refused("no password to reset in status " + user.status());
    }
    changes.add("reset password " + user.login());
    return delivery == ResetDelivery.LINK
        ? new PasswordReset.Link(Secret.of("https://example.okta.com/reset/" + nextId++))
        : new PasswordReset.EmailSent();
  }

  @Override
  public synchronized TemporaryPassword expirePassword(DirectoryUser user) {
    if (!hasPassword(current(user).status())) {
      return new TemporaryPassword.Refused("no password to expire in status " + user.status());
    }
    Secret password = Secret.of("Tmp-" + nextId++ + "-pass");
    passwords.put(user.id(), password);
    changes.add("expire password " + user.login());
    return new TemporaryPassword.Issued(password);
  }

  @Override
  public synchronized ChangeResult addToGroup(DirectoryUser user, DirectoryGroup group) {
    pass();
    boolean added = members.computeIfAbsent(group.name(), g -> new HashSet<>()).add(user.id());
    if (!added) {
      return ChangeResult.alreadyDone();
    }
    changes.add("add " + user.login() + " to " + group.name());
    return ChangeResult.done();
  }

  private ChangeResult move(
      DirectoryUser user, String action, Set<UserStatus> from, UserStatus to) {
    DirectoryUser now = current(user);
    if (now.status() == to) {
      return ChangeResult.alreadyDone();
    }
    if (!from.contains(now.status())) {
      return ChangeResult.refused("cannot " + action + " an account in status " + now.status());
    }
    usersByLogin.put(now.login(), new DirectoryUser(now.id(), now.login(), to, now.created()));
    changes.add(action + " " + now.login());
    return ChangeResult.done();
  }

  private DirectoryUser current(DirectoryUser user) {
    return usersByLogin.getOrDefault(user.login(), user);
  }

  private static boolean hasPassword(UserStatus status) {
    return Set.of(
            UserStatus.ACTIVE,
            UserStatus.PASSWORD_EXPIRED,
            UserStatus.LOCKED_OUT,
            UserStatus.RECOVERY)
        .contains(status);
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
