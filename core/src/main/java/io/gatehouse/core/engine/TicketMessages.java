package io.gatehouse.core.engine;

import io.gatehouse.core.catalog.Action;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.plan.ProvisioningPlan;
import io.gatehouse.core.plan.Step;
import io.gatehouse.core.request.Person;
import io.gatehouse.core.secret.Secret;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The comments Gatehouse writes on requests, in Jira's wiki markup, every value from outside
 * escaped. Internal comments carry everything an agent needs and never a credential; the public
 * comment is the one place a temporary password is shown, to the requester who hands it on.
 */
final class TicketMessages {
  /** Longer lists are cut, so a request naming thousands of groups gives a readable comment. */
  private static final int MAX_ITEMS = 20;

  private TicketMessages() {}

  static String provisionedInternal(
      Action action,
      ProvisioningPlan plan,
      List<String> actions,
      List<Person> approvers,
      String correlationId) {
    String approvedBy =
        approvers.isEmpty()
            ? "no approval required for this request type"
            : approvers.stream()
                .map(person -> WikiText.escape(person.displayName()))
                .collect(Collectors.joining(", "));
    return WikiText.fit(
        (action == Action.ONBOARD
                ? "Gatehouse provisioned this request in Okta.\n"
                : "Gatehouse carried out this request in Okta.\n")
            + "Plan:\n"
            + bullets(plan.steps().stream().map(Step::describe).toList())
            + "Done:\n"
            + bullets(actions)
            + "Approved by: "
            + approvedBy
            + "\n"
            + footer(correlationId));
  }

  /** The public report of a change to an existing account: "The account x has been ...". */
  static String accountChanged(DirectoryUser user, String what) {
    return WikiText.escape("The account " + user.login() + " " + what + ".");
  }

  static String resetWithTemporaryPassword(DirectoryUser user, Secret password) {
    return "The password of the Okta account "
        + WikiText.escape(user.login())
        + " has been reset.\n"
        + "Temporary password:\n"
        + "{noformat}\n"
        + password.reveal()
        + "\n{noformat}\n"
        + "Okta asks for a new password at the next sign-in. Share this password only with the"
        + " person the account belongs to.";
  }

  static String resetLinkSent(DirectoryUser user) {
    return "Okta has e-mailed the owner of the account "
        + WikiText.escape(user.login())
        + " a link to set a new password. No password is shown here.";
  }

  static String withTemporaryPassword(DirectoryUser user, Secret password) {
    return "Your Okta account is ready.\n"
        + "Username: "
        + WikiText.escape(user.login())
        + "\n"
        + "Temporary password:\n"
        + "{noformat}\n"
        + password.reveal()
        + "\n{noformat}\n"
        + "Okta asks for a new password at the first sign-in. Share this password only with the"
        + " person the account is for.";
  }

  static String withActivationEmail(DirectoryUser user, String email) {
    return "Your Okta account is ready.\n"
        + "Username: "
        + WikiText.escape(user.login())
        + "\n"
        + "Okta has sent an activation e-mail to "
        + WikiText.escape(email)
        + "; its link sets the first password. No password is shown here.";
  }

  static String waiting(String reason, String correlationId) {
    return WikiText.fit(
        "Gatehouse has not provisioned this request yet: "
            + WikiText.escape(reason)
            + ".\nIt checks again on every run.\n"
            + footer(correlationId));
  }

  static String rejected(String reason, String correlationId) {
    return WikiText.fit(
        "Gatehouse will not provision this request: "
            + WikiText.escape(reason)
            + ".\nNothing was changed in Okta.\n"
            + footer(correlationId));
  }

  static String invalid(List<String> problems, String correlationId) {
    return WikiText.fit(
        "Gatehouse cannot provision this request as it was filled in:\n"
            + bullets(problems)
            + "Nothing was changed in Okta. Correct the request; Gatehouse checks it again on"
            + " every run.\n"
            + footer(correlationId));
  }

  static String failed(String reason, boolean mayPassByItself, String correlationId) {
    return WikiText.fit(
        "Gatehouse could not finish this request: "
            + WikiText.escape(reason)
            + (mayPassByItself
                ? "\nSteps already done stay done; the next run goes on from here.\n"
                : "\nSteps already done stay done. This needs a person: correct the request, the"
                    + " account or the setting named above; the next run then goes on from"
                    + " here.\n")
            + footer(correlationId));
  }

  private static String bullets(List<String> lines) {
    String shown =
        lines.stream()
            .limit(MAX_ITEMS)
            .map(line -> "* " + WikiText.escape(line) + "\n")
            .collect(Collectors.joining());
    int more = lines.size() - MAX_ITEMS;
    return more > 0 ? shown + "* and " + more + " more\n" : shown;
  }

  private static String footer(String correlationId) {
    return "Correlation id: " + correlationId;
  }
}
