package io.gatehouse.core.engine;

import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.ledger.StepRecord;
import io.gatehouse.core.plan.ProvisioningPlan;
import io.gatehouse.core.plan.Step;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.port.Ledger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Executes a plan that changes an existing account, named by the plan's login: the account is
 * looked up first, and a login that no account holds fails the request with nothing changed. Each
 * step is recorded in the ledger as it finishes and skipped when the ledger says it is done; the
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

    List<String> actions = new ArrayList<>();
    for (Step step : plan.steps()) {
      StepRecord record = records.get(step.id());
      Claim claim = lease.renew();
      if (record != null && record.done()) {
        actions.add(step.describe() + ": done by an earlier run");
        continue;
      }
      actions.add(apply(user, step));
      ledger.done(claim, step.id(), "", clock.instant());
    }
    return new Provisioned(user, null, actions);
  }

  private String apply(DirectoryUser user, Step step) {
    if (step instanceof Step.Deactivate) {
      return outcome(
          directory.deactivate(user),
          "deactivate",
          user,
          "deactivated user " + user.login(),
          "user " + user.login() + " was already deactivated");
    }
    throw new IllegalStateException("step " + step.id() + " does not change an existing account");
  }

  private static String outcome(
      ChangeResult result, String verb, DirectoryUser user, String done, String alreadyDone) {
    if (result instanceof ChangeResult.Refused refused) {
      throw new StepFailure(
          "Okta refused to " + verb + " user " + user.login() + ": " + refused.reason());
    }
    return result instanceof ChangeResult.AlreadyDone ? alreadyDone : done;
  }
}
