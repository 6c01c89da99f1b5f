package io.gatehouse.core.engine;

import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.plan.ProvisioningPlan;
import io.gatehouse.core.request.Person;
import io.gatehouse.core.secret.Secret;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The comments Gatehouse writes on requests, in Jira's plain-text wiki markup. Internal comments
 * carry everything an agent needs and never a credential; the public comment is the one place a
 * temporary password is shown, to the requester who hands it to the new employee.
 */
final class TicketMessages {
  private TicketMessages() {}

  static String provisionedInternal(
      ProvisioningPlan plan, List<String> actions, List<Person> approvers, String correlationId) {
    String approvedBy =
        approvers.isEmpty()
            ? "no approval required for this request type"
            : approvers.stream().map(Person::displayName).collect(Collectors.joining(", "));
    return "Gatehouse provisioned this request in Okta.\n"
        + "Plan: "
        + plan.describe()
        + "\n"
        + bullets(actions)
        + "Approved by: "
        + approvedBy
        + "\n"
        + footer(correlationId);
  }

  static String withTemporaryPassword(DirectoryUser user, Secret password) {
    return "Your Okta account is ready.\n"
        + "Username: "
        + user.login()
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
        + user.login()
        + "\n"
        + "Okta has sent an activation e-mail to "
        + email
        + "; its link sets the first password. No password is shown here.";
  }

  static String waiting(String reason, String correlationId) {
    return "Gatehouse has not provisioned this request yet: "
        + reason
        + ".\nIt checks again on every run.\n"
        + footer(correlationId);
  }

  static String rejected(String reason, String correlationId) {
    return "Gatehouse will not provision this request: "
        + reason
        + ".\nNothing was changed in Okta.\n"
        + footer(correlationId);
  }

  static String invalid(List<String> problems, String correlationId) {
    return "Gatehouse cannot provision this request as it was filled in:\n"
        + bullets(problems)
        + "Nothing was changed in Okta. Correct the request; Gatehouse checks it again on every"
        + " run.\n"
        + footer(correlationId);
  }

  static String failed(String reason, String correlationId) {
    return "Gatehouse could not finish this request: "
        + reason
        + "\nSteps already done stay done; the next run goes on from here.\n"
        + footer(correlationId);
  }

  private static String bullets(List<String> lines) {
    return lines.stream().map(line -> "* " + line + "\n").collect(Collectors.joining());
  }

  private static String footer(String correlationId) {
    return "Correlation id: " + correlationId;
  }
}
