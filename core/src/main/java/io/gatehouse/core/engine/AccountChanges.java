package io.gatehouse.core.engine;

import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.DirectoryGroup;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.ledger.StepRecord;
import io.gatehouse.core.plan.ProvisioningPlan;
import io.gatehouse.core.plan.Step;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.port.Ledger;
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
    for (Step step : plan.steps()) {
      StepRecord record = records.get(step.id());
      Claim claim = lease.renew();
      if (record != null && record.done()) {
        actions.add(step.describe() + ": done by an earlier run");
        continue;
      }
      actions.add(apply(user, step, groups));
      ledger.done(claim, step.id(), "", clock.instant());
    }
    return new Provisioned(user, null, actions);
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
    throw new IllegalStateException("step " + step.id() + " does not change an existing account");
  }

  private static String outcome(
      ChangeResult result, String change, String done, String alreadyDone) {
    if (result instanceof ChangeResult.Refused refused) {
      throw new StepFailure("Okta refused to " + change + ": " + refused.reason());
    }
    return result instanceof ChangeResult.AlreadyDone ? alreadyDone : done;
  }
}
