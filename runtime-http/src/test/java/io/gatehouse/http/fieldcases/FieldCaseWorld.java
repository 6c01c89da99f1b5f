package io.gatehouse.http.fieldcases;

import io.gatehouse.core.engine.RequestOutcome;
import io.gatehouse.core.engine.RunReport;
import io.gatehouse.http.demo.DemoDesk;
import io.gatehouse.testkit.jsm.JsmAccount;
import io.gatehouse.testkit.jsm.JsmApproval;
import io.gatehouse.testkit.jsm.JsmApproval.Approver;
import io.gatehouse.testkit.jsm.JsmApproval.Decision;
import io.gatehouse.testkit.jsm.JsmField;
import io.gatehouse.testkit.jsm.JsmRequest;
import io.gatehouse.testkit.jsm.JsmSimulator;
import io.gatehouse.testkit.jsm.RecordedRequest;
import java.time.Instant;
import java.util.List;

/** Seeding helpers for the field cases on top of the demo desk, with its field ids. */
final class FieldCaseWorld {
  static final String RIYA = "acc-riya";
  static final String OMAR = "acc-omar";
  static final String DANA = "acc-dana";
  static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");

  private FieldCaseWorld() {}

  /** A new-hire request of the demo's type, without approvals; no work e-mail when null. */
  static JsmRequest.Builder newHire(String key, String reporter, String workEmail) {
    JsmRequest.Builder builder =
        JsmRequest.builder(key)
            .desk(DemoDesk.DESK)
            .type(DemoDesk.NEW_EMPLOYEE)
            .reporter(reporter)
            .created(AT)
            .summary("Okta account")
            .field(JsmField.text("customfield_10070", "First name", "Dana"))
            .field(JsmField.text("customfield_10069", "Last name", "Kowalski"))
            .field(
                JsmField.option(
                    "customfield_10072", "Department", new JsmField.Option("10410", "Finance")))
            .field(
                JsmField.options(
                    "customfield_10073", "Okta groups", new JsmField.Option("10422", "vpn-users")));
    if (workEmail != null) {
      builder.field(JsmField.text("customfield_10071", "Work e-mail", workEmail));
    }
    return builder;
  }

  static JsmApproval approval(String id, String name, Decision decision, Approver... approvers) {
    return JsmApproval.of(id, name, decision, AT, approvers);
  }

  static Approver approved(String accountId) {
    return new Approver(accountId, Decision.APPROVED);
  }

  static void addAccount(JsmSimulator jsm, String accountId, String name, String email) {
    jsm.addAccount(JsmAccount.customer(accountId, name, email));
  }

  static RequestOutcome outcome(RunReport report, String key) {
    return report.outcomes().stream()
        .filter(outcome -> outcome.key().value().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no outcome for " + key));
  }

  /** Every call that changed something on the desk. */
  static List<RecordedRequest> writes(JsmSimulator jsm) {
    return jsm.recorded().stream().filter(call -> !call.method().equals("GET")).toList();
  }
}
