package io.gatehouse.core.engine;

import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.CreateUserResult;
import io.gatehouse.core.directory.CredentialDelivery;
import io.gatehouse.core.directory.DirectoryGroup;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.UserStatus;
import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.ledger.StepRecord;
import io.gatehouse.core.password.TemporaryPasswordGenerator;
import io.gatehouse.core.plan.ProvisioningPlan;
import io.gatehouse.core.plan.Step;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.secret.Secret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Executes a plan's directory steps for one claimed request, skipping what the ledger says is done
 * and recording each step as it finishes, so that a run cut short anywhere resumes where it
 * stopped.
 */
final class PlanExecution {
  /** How far apart the ledger's clock and the directory's may be when adopting an account. */
  private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

  /** The longest one create call can take, its retries included. */
  private static final Duration CALL_BOUND = Duration.ofMinutes(5);

  private final IdentityDirectory directory;
  private final Ledger ledger;
  private final TemporaryPasswordGenerator passwords;
  private final Clock clock;
  private final AccountChanges accountChanges;

  PlanExecution(
      IdentityDirectory directory,
      Ledger ledger,
      TemporaryPasswordGenerator passwords,
      Clock clock) {
    this.directory = directory;
    this.ledger = ledger;
    this.passwords = passwords;
    this.clock = clock;
    this.accountChanges = new AccountChanges(directory, ledger, clock);
  }

  Provisioned execute(ProvisioningPlan plan, Lease lease) {
    if (!(plan.steps().get(0) instanceof Step.CreateUser)) {
      return accountChanges.execute(plan, lease);
    }
    Map<String, StepRecord> records = ledger.steps(plan.key());
    List<String> actions = new ArrayList<>();
    DirectoryUser user = null;
    Secret password = null;
    Set<String> addedAtCreation = new HashSet<>();

    for (Step step : plan.steps()) {
      StepRecord record = records.get(step.id());
      Claim claim = lease.renew();
      if (step instanceof Step.CreateUser create) {
        if (record != null && record.done()) {
          user = existing(create, record.detail());
          actions.add("user " + user.login() + " was already created (" + user.id() + ")");
          continue;
        }
        // Groups are looked up before the account exists, so a group that is missing refuses the
        // request with nothing changed, and are given at creation, so that group-scoped password
        // policies judge the first password.
        List<DirectoryGroup> groups = groupsToAdd(plan, records);
        claim = lease.renew();
        password = newPassword(create);
        Creation creation = create(create, password, claim, record, groups);
        user = creation.user();
        password = creation.password();
        actions.add(creation.action());
        for (DirectoryGroup group : creation.groupsAdded()) {
          ledger.done(claim, new Step.AddToGroup(group.name()).id(), "", clock.instant());
          addedAtCreation.add(group.name());
          actions.add("added to group " + group.name() + " at creation");
        }
      } else if (step instanceof Step.AddToGroup add) {
        if (addedAtCreation.contains(add.group())) {
          continue;
        }
        if (record != null && record.done()) {
          actions.add("already in group " + add.group());
          continue;
        }
        actions.add(addToGroup(requireUser(user, plan), add));
        ledger.done(claim, step.id(), "", clock.instant());
      }
    }
    return new Provisioned(requireUser(user, plan), password, actions);
  }

  private Secret newPassword(Step.CreateUser create) {
    if (create.delivery() != CredentialDelivery.TEMPORARY_PASSWORD) {
      return null;
    }
    return passwords.generate(
        create.user().login(), create.user().firstName(), create.user().lastName());
  }

  private Creation create(
      Step.CreateUser create,
      Secret password,
      Claim claim,
      StepRecord earlierAttempt,
      List<DirectoryGroup> groups) {
    Instant callStarted = clock.instant();
    ledger.started(claim, create.id(), callStarted);

    CreateUserResult result =
        directory.createUser(create.user(), Optional.ofNullable(password), groups);
    if (password != null
        && result instanceof CreateUserResult.Refused refused
        && refused.cause() == CreateUserResult.Cause.PASSWORD_POLICY) {
      // The org's policy may ask for what a random password lacks only by chance; one new
      // password is worth a try before a person is asked to look.
      password = newPassword(create);
      result = directory.createUser(create.user(), Optional.of(password), groups);
    }
    Instant callEnded = clock.instant();
    if (result instanceof CreateUserResult.Created created) {
      DirectoryUser user = created.user();
      bind(claim, user);
      ledger.done(claim, create.id(), user.id(), clock.instant());
      List<DirectoryGroup> added =
          groups.stream()
              .filter(group -> !created.groupsNotAdded().containsKey(group.name()))
              .toList();
      return new Creation(
          user,
          "created user " + user.login() + " (" + user.id() + ", " + user.status() + ")",
          password,
          added);
    }
    if (result instanceof CreateUserResult.LoginTaken taken) {
      DirectoryUser holder = taken.holder();
      boolean ours =
          looksJustCreated(holder, create)
              && (createdDuring(holder, callStarted, callEnded)
                  || createdAfter(holder, earlierAttempt))
              && ledger.bindAccount(claim, holder.id(), clock.instant());
      if (!ours) {
        throw new StepFailure(takenMessage(holder));
      }
      ledger.done(claim, create.id(), holder.id(), clock.instant());
      return new Creation(
          holder,
          "adopted user "
              + holder.login()
              + " ("
              + holder.id()
              + "), created by an earlier attempt of this request",
          null,
          List.of());
    }
    CreateUserResult.Refused refused = (CreateUserResult.Refused) result;
    throw new StepFailure(
        "Okta refused to create user " + create.user().login() + ": " + refused.reason());
  }

  private void bind(Claim claim, DirectoryUser user) {
    if (!ledger.bindAccount(claim, user.id(), clock.instant())) {
      throw new StepFailure(
          "account " + user.id() + " was just created but another request already owns it");
    }
  }

  /*
   * A login already taken is this request's own account only when all of these hold: it is in the
   * state this request's create leaves an account in; it appeared while this very call was under
   * way (a create the HTTP client sent twice) or within the time an earlier, interrupted attempt
   * of this request could have taken; and no other request owns it. Anything else, such as an
   * account an import or another admin created a minute ago, is somebody else's.
   */
  private static boolean looksJustCreated(DirectoryUser holder, Step.CreateUser create) {
    UserStatus expected =
        create.delivery() == CredentialDelivery.TEMPORARY_PASSWORD
            ? UserStatus.PASSWORD_EXPIRED
            : UserStatus.PROVISIONED;
    return holder.status() == expected;
  }

  private static boolean createdDuring(DirectoryUser holder, Instant from, Instant to) {
    return !holder.created().isBefore(from.minus(CLOCK_SKEW))
        && !holder.created().isAfter(to.plus(CLOCK_SKEW));
  }

  private static boolean createdAfter(DirectoryUser holder, StepRecord earlierAttempt) {
    return earlierAttempt != null
        && createdDuring(holder, earlierAttempt.at(), earlierAttempt.at().plus(CALL_BOUND));
  }

  private static String takenMessage(DirectoryUser holder) {
    if (holder.status() == UserStatus.DEPROVISIONED) {
      return "login "
          + holder.login()
          + " belongs to a deactivated account ("
          + holder.id()
          + "); an administrator must decide whether to reactivate it";
    }
    return "login "
        + holder.login()
        + " is already taken by another account ("
        + holder.id()
        + ", "
        + holder.status()
        + ") that this request did not create";
  }

  private DirectoryUser existing(Step.CreateUser create, String accountId) {
    DirectoryUser user =
        directory
            .findUser(create.user().login())
            .orElseThrow(
                () ->
                    new StepFailure(
                        "user "
                            + create.user().login()
                            + " was created for this request but is no longer in Okta"));
    if (!accountId.isEmpty() && !user.id().equals(accountId)) {
      throw new StepFailure(
          "login "
              + user.login()
              + " now belongs to account "
              + user.id()
              + ", not to "
              + accountId
              + " that this request created");
    }
    return user;
  }

  private DirectoryGroup usableGroup(String name) {
    return UsableGroups.find(directory, name);
  }

  private String addToGroup(DirectoryUser user, Step.AddToGroup add) {
    DirectoryGroup group = usableGroup(add.group());

    ChangeResult result = directory.addToGroup(user, group);
    if (result instanceof ChangeResult.Refused refused) {
      throw new StepFailure(
          "Okta refused to add "
              + user.login()
              + " to group "
              + group.name()
              + ": "
              + refused.reason());
    }
    return result instanceof ChangeResult.AlreadyDone
        ? "already in group " + group.name()
        : "added to group " + group.name();
  }

  /**
   * The account a create step ended with; the password it was created with, when this very call
   * created it; and the groups it was given at creation.
   */
  private record Creation(
      DirectoryUser user, String action, Secret password, List<DirectoryGroup> groupsAdded) {}

  /** The plan's groups not yet recorded as added, looked up; any that cannot be used refuses. */
  private List<DirectoryGroup> groupsToAdd(ProvisioningPlan plan, Map<String, StepRecord> records) {
    List<DirectoryGroup> groups = new ArrayList<>();
    for (Step step : plan.steps()) {
      StepRecord record = records.get(step.id());
      if (step instanceof Step.AddToGroup add && (record == null || !record.done())) {
        groups.add(usableGroup(add.group()));
      }
    }
    return groups;
  }

  private static DirectoryUser requireUser(DirectoryUser user, ProvisioningPlan plan) {
    if (user == null) {
      throw new IllegalStateException("plan for " + plan.key() + " does not create its user first");
    }
    return user;
  }
}
