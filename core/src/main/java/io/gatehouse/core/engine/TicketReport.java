package io.gatehouse.core.engine;

import io.gatehouse.core.catalog.RequestType;
import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.CredentialDelivery;
import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.ledger.StepRecord;
import io.gatehouse.core.password.TemporaryPasswordGenerator;
import io.gatehouse.core.plan.ProvisioningPlan;
import io.gatehouse.core.plan.Step;
import io.gatehouse.core.policy.Verdict;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.port.ServiceDesk;
import io.gatehouse.core.port.Visibility;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.core.request.ServiceRequest;
import io.gatehouse.core.secret.Secret;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Reports a provisioned request on its ticket and resolves it: an internal comment with the whole
 * result, a public one for the requester, then the resolution. Each of the three is a step in the
 * ledger, so a run cut short between them resumes without repeating one.
 */
final class TicketReport {
  static final String REPORT_INTERNAL = "report-internal";
  static final String REPORT_PUBLIC = "report-public";
  static final String RESOLVE = "resolve";

  private final ServiceDesk desk;
  private final IdentityDirectory directory;
  private final Ledger ledger;
  private final TemporaryPasswordGenerator passwords;
  private final Clock clock;

  TicketReport(
      ServiceDesk desk,
      IdentityDirectory directory,
      Ledger ledger,
      TemporaryPasswordGenerator passwords,
      Clock clock) {
    this.desk = desk;
    this.directory = directory;
    this.ledger = ledger;
    this.passwords = passwords;
    this.clock = clock;
  }

  void report(
      ServiceRequest request,
      RequestType type,
      ProvisioningPlan plan,
      Provisioned provisioned,
      Verdict.Approved approval,
      Lease lease) {
    RequestKey key = request.key();
    Map<String, StepRecord> done = ledger.steps(key);

    if (!done.containsKey(REPORT_INTERNAL)) {
      Claim claim = lease.renew();
      desk.comment(
          key,
          TicketMessages.provisionedInternal(
              type.action(), plan, provisioned.actions(), approval.approvers(), claim.owner()),
          Visibility.INTERNAL);
      ledger.done(claim, REPORT_INTERNAL, "", clock.instant());
    }
    if (!done.containsKey(REPORT_PUBLIC)) {
      Claim claim = lease.renew();
      desk.comment(key, publicReport(type, plan, provisioned), Visibility.PUBLIC);
      ledger.done(claim, REPORT_PUBLIC, "", clock.instant());
    }
    if (!done.containsKey(RESOLVE)) {
      Claim claim = lease.renew();
      desk.resolve(key);
      ledger.done(claim, RESOLVE, "", clock.instant());
    }
  }

  private String publicReport(RequestType type, ProvisioningPlan plan, Provisioned provisioned) {
    return switch (type.action()) {
      case ONBOARD -> onboardedReport(type, plan, provisioned);
      case OFFBOARD -> TicketMessages.accountChanged(provisioned.user(), "has been deactivated");
      case GRANT_GROUPS ->
          TicketMessages.accountChanged(
              provisioned.user(), "is now a member of " + groupList(plan));
      case REVOKE_GROUPS ->
          TicketMessages.accountChanged(
              provisioned.user(), "is no longer a member of " + groupList(plan));
      case RESET_PASSWORD -> passwordReport(type, provisioned);
      case UNLOCK -> TicketMessages.accountChanged(provisioned.user(), "is unlocked");
      case SUSPEND -> TicketMessages.accountChanged(provisioned.user(), "has been suspended");
      case UNSUSPEND -> TicketMessages.accountChanged(provisioned.user(), "is no longer suspended");
    };
  }

  /**
   * The report of a password reset. A temporary password set by an earlier run that stopped before
   * this comment is gone (passwords are never stored), so a new one is issued.
   */
  private String passwordReport(RequestType type, Provisioned provisioned) {
    if (type.credentialDelivery() == CredentialDelivery.ACTIVATION_EMAIL) {
      return TicketMessages.resetLinkSent(provisioned.user());
    }
    Secret password =
        provisioned
            .password()
            .orElseGet(() -> AccountChanges.temporaryPassword(directory, provisioned.user()));
    return TicketMessages.resetWithTemporaryPassword(provisioned.user(), password);
  }

  private static String groupList(ProvisioningPlan plan) {
    List<String> groups =
        plan.steps().stream()
            .map(
                step ->
                    step instanceof Step.AddToGroup add
                        ? add.group()
                        : ((Step.RemoveFromGroup) step).group())
            .toList();
    return (groups.size() == 1 ? "group " : "groups ") + String.join(", ", groups);
  }

  private String onboardedReport(RequestType type, ProvisioningPlan plan, Provisioned provisioned) {
    Step.CreateUser create = (Step.CreateUser) plan.steps().get(0);
    if (type.credentialDelivery() == CredentialDelivery.ACTIVATION_EMAIL) {
      return TicketMessages.withActivationEmail(provisioned.user(), create.user().email());
    }
    Secret password = provisioned.password().orElseGet(() -> replacePassword(create, provisioned));
    return TicketMessages.withTemporaryPassword(provisioned.user(), password);
  }

  /**
   * The account exists but its first password never reached the requester (an earlier run stopped
   * before reporting, and passwords are never stored): it gets a new one.
   */
  private Secret replacePassword(Step.CreateUser create, Provisioned provisioned) {
    Secret password =
        passwords.generate(
            create.user().login(), create.user().firstName(), create.user().lastName());
    ChangeResult result = directory.setTemporaryPassword(provisioned.user(), password);
    if (result instanceof ChangeResult.Refused refused) {
      throw new StepFailure(
          "Okta refused a new temporary password for "
              + create.user().login()
              + ": "
              + refused.reason());
    }
    return password;
  }
}
