package io.gatehouse.core.engine;

import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.CredentialDelivery;
import io.gatehouse.core.directory.DirectoryGroup;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.PasswordReset;
import io.gatehouse.core.directory.ResetDelivery;
import io.gatehouse.core.directory.TemporaryPassword;
import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.ledger.StepRecord;
import io.gatehouse.core.plan.ProvisioningPlan;
import io.gatehouse.core.plan.Step;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.secret.Secret;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Executes a plan that changes an existing account, named by the plan's login: the account is
 * looked up first, and a login that no account holds fails the request with nothing changed; so are
 * the plan's groups, so that a group that cannot be used changes nothing either. Each step is
 * recorded in the ledger as it finishes and skipped when the ledger says it is done; the
 * directory's own answers make a step repeated after a crash harmless.
 */
final class AccountChanges {
  private final IdentityDirectory directory;
  private final Ledger ledger;
  private final Clock clock;

  AccountChanges(IdentityDirectory directory, Ledger ledger, Clock clock) {
    this.directory = directory;
    this.ledger = ledger;
    this.clock = clock;
  }

  Provisioned execute(ProvisioningPlan plan, Lease lease) {
    Map<String, StepRecord> records = ledger.steps(plan.key());
    lease.renew();
    DirectoryUser user =
        directory
            .findUser(plan.login())
            .orElseThrow(
                () ->
                    new StepFailure("there is no account with login " + plan.login() + " in Okta"));
    Map<String, DirectoryGroup> groups = groups(plan, records);

    List<String> actions = new ArrayList<>();
    Secret password = null;
    for (Step step : plan.steps()) {
      StepRecord record = records.get(step.id());
      Claim claim = lease.renew();
      if (record != null && record.done()) {
        actions.add(step.describe() + ": done by an earlier run");
        continue;
      }
      if (step instanceof Step.ResetPassword reset) {
        password = resetPassword(user, reset);
        actions.add(
            password != null
                ? "expired the password of user "
                    + user.login()
                    + "; Okta issued a temporary one, shown only to the requester"
                : "Okta e-mailed the owner of user " + user.login() + " a password reset link");
      } else {
        actions.add(apply(user, step, groups));
      }
      ledger.done(claim, step.id(), "", clock.instant());
    }
    return new Provisioned(user, password, actions);
  }

  /** The groups of the steps not yet done, each looked up once; any that cannot be used refuses. */
  private Map<String, DirectoryGroup> groups(
      ProvisioningPlan plan, Map<String, StepRecord> records) {
    Map<String, DirectoryGroup> groups = new HashMap<>();
    for (Step step : plan.steps()) {
      StepRecord record = records.get(step.id());
      if (record == null || !record.done()) {
        groupOf(step).ifPresent(name -> groups.put(name, UsableGroups.find(directory, name)));
      }
    }
    return groups;
  }

  private static Optional<String> groupOf(Step step) {
    if (step instanceof Step.AddToGroup add) {
      return Optional.of(add.group());
    }
    if (step instanceof Step.RemoveFromGroup remove) {
      return Optional.of(remove.group());
    }
    return Optional.empty();
  }

  private String apply(DirectoryUser user, Step step, Map<String, DirectoryGroup> groups) {
    String login = user.login();
    if (step instanceof Step.Deactivate) {
      return outcome(
          directory.deactivate(user),
          "deactivate user " + login,
          "deactivated user " + login,
          "user " + login + " was already deactivated");
    }
    if (step instanceof Step.AddToGroup add) {
      return outcome(
          directory.addToGroup(user, groups.get(add.group())),
          "add user " + login + " to group " + add.group(),
          "added user " + login + " to group " + add.group(),
          "user " + login + " was already in group " + add.group());
    }
    if (step instanceof Step.RemoveFromGroup remove) {
      return outcome(
          directory.removeFromGroup(user, groups.get(remove.group())),
          "remove user " + login + " from group " + remove.group(),
          "removed user " + login + " from group " + remove.group(),
          "user " + login + " was not in group " + remove.group());
    }
    if (step instanceof Step.Unlock) {
      return outcome(
          directory.unlock(user),
          "unlock user " + login,
          "unlocked user " + login,
          "user " + login + " was not locked out");
    }
    if (step instanceof Step.Suspend) {
      return outcome(
          directory.suspend(user),
          "suspend user " + login,
          "suspended user " + login,
          "user " + login + " was already suspended");
    }
    if (step instanceof Step.Unsuspend) {
      return outcome(
          directory.unsuspend(user),
          "unsuspend user " + login,
          "lifted the suspension of user " + login,
          "user " + login + " was not suspended");
    }
    throw new IllegalStateException("step " + step.id() + " does not change an existing account");
  }

  /**
   * Resets the password as the step says; answers the temporary password Okta issued, or null when
   * Okta e-mailed a reset link. A status that allows no reset fails the request with Okta's reason.
   */
  private Secret resetPassword(DirectoryUser user, Step.ResetPassword reset) {
    if (reset.delivery() == CredentialDelivery.TEMPORARY_PASSWORD) {
      return temporaryPassword(directory, user);
    }
    PasswordReset result = directory.resetPassword(user, ResetDelivery.DIRECTORY_EMAIL);
    if (result instanceof PasswordReset.Refused refused) {
      throw new StepFailure(
          "Okta refused to reset the password of user " + user.login() + ": " + refused.reason());
    }
    if (!(result instanceof PasswordReset.EmailSent)) {
      // A link is a credential; Gatehouse asked Okta to e-mail it and will not show one instead.
      throw new StepFailure(
          "Okta answered a reset link for user " + user.login() + " instead of e-mailing it");
    }
    return null;
  }

  /**
   * Expires the account's password for a temporary one from the directory. Also used to issue a new
   * one when an earlier run reset the password but stopped before the requester saw it.
   */
  static Secret temporaryPassword(IdentityDirectory directory, DirectoryUser user) {
    TemporaryPassword result = directory.expirePassword(user);
    if (result instanceof TemporaryPassword.Refused refused) {
      throw new StepFailure(
          "Okta refused to reset the password of user " + user.login() + ": " + refused.reason());
    }
    return ((TemporaryPassword.Issued) result).password();
  }

  private static String outcome(
      ChangeResult result, String change, String done, String alreadyDone) {
    if (result instanceof ChangeResult.Refused refused) {
      throw new StepFailure("Okta refused to " + change + ": " + refused.reason());
    }
    return result instanceof ChangeResult.AlreadyDone ? alreadyDone : done;
  }
}
