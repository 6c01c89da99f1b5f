package io.gatehouse.core.fakes;

import io.gatehouse.core.catalog.Action;
import io.gatehouse.core.catalog.ApprovalRule;
import io.gatehouse.core.catalog.RequestType;
import io.gatehouse.core.catalog.Role;
import io.gatehouse.core.directory.CredentialDelivery;
import io.gatehouse.core.request.Approval;
import io.gatehouse.core.request.ApprovalDecision;
import io.gatehouse.core.request.FieldValue;
import io.gatehouse.core.request.Person;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.core.request.ServiceRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test data: an onboarding request type and requests of it. */
public final class Requests {
  public static final String ONBOARDING_TYPE = "25";
  public static final Person REQUESTER = new Person("acc-req", "Dana Lee", null);
  public static final Person MANAGER = Person.of("acc-mgr", "Riya Patel");

  private Requests() {}

  public static RequestType onboarding(CredentialDelivery delivery) {
    return new RequestType(
        ONBOARDING_TYPE,
        "New employee",
        Action.ONBOARD,
        Map.of(
            Role.EMAIL, "customfield_10071",
            Role.FIRST_NAME, "customfield_10070",
            Role.LAST_NAME, "customfield_10069",
            Role.GROUPS, "customfield_10073"),
        Map.of("department", "customfield_10072"),
        List.of("everyone"),
        Set.of("okta-finance-ro", "vpn-users"),
        Set.of("example.com"),
        delivery,
        ApprovalRule.standard());
  }

  /**
   * A request type that changes an existing account, named by a login field, with a groups field
   * whose allow-list is okta-finance-ro and vpn-users.
   */
  public static RequestType accountType(String id, Action action, CredentialDelivery delivery) {
    return new RequestType(
        id,
        "Account " + action.name().toLowerCase(),
        action,
        Map.of(Role.LOGIN, "customfield_10080", Role.GROUPS, "customfield_10073"),
        Map.of(),
        List.of(),
        Set.of("okta-finance-ro", "vpn-users"),
        Set.of("example.com"),
        delivery,
        ApprovalRule.standard());
  }

  /** A request of an account type for the account holding a login, naming these groups. */
  public static ServiceRequest forAccount(
      String key, String typeId, String login, String... groups) {
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    fields.put("summary", new FieldValue.Text("Change to " + login));
    fields.put("customfield_10080", new FieldValue.Text(login));
    if (groups.length > 0) {
      fields.put(
          "customfield_10073",
          new FieldValue.Options(
              List.of(groups).stream().map(g -> new FieldValue.Option("id-" + g, g)).toList()));
    }
    return new ServiceRequest(
        RequestKey.of(key), typeId, REQUESTER, fields, Instant.parse("2026-12-01T09:00:00Z"));
  }

  public static ServiceRequest newHire(String key, String email, String... groups) {
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    fields.put("summary", new FieldValue.Text("Okta account for " + email));
    fields.put("customfield_10071", new FieldValue.Text(email));
    fields.put("customfield_10070", new FieldValue.Text("Sam"));
    fields.put("customfield_10069", new FieldValue.Text("Ortiz"));
    fields.put("customfield_10072", new FieldValue.Option("10410", "Finance"));
    if (groups.length > 0) {
      fields.put(
          "customfield_10073",
          new FieldValue.Options(
              List.of(groups).stream().map(g -> new FieldValue.Option("id-" + g, g)).toList()));
    }
    return new ServiceRequest(
        RequestKey.of(key),
        ONBOARDING_TYPE,
        REQUESTER,
        fields,
        Instant.parse("2026-12-01T09:00:00Z"));
  }

  public static Approval approvedBy(Person... approvers) {
    return new Approval(
        "57",
        "Manager approval",
        ApprovalDecision.APPROVED,
        List.of(approvers).stream()
            .map(person -> new Approval.Vote(person, ApprovalDecision.APPROVED))
            .toList());
  }

  public static Approval pending(Person approver) {
    return new Approval(
        "58",
        "Manager approval",
        ApprovalDecision.PENDING,
        List.of(new Approval.Vote(approver, ApprovalDecision.PENDING)));
  }

  public static Approval declined(Person approver) {
    return new Approval(
        "59",
        "Security approval",
        ApprovalDecision.DECLINED,
        List.of(new Approval.Vote(approver, ApprovalDecision.DECLINED)));
  }
}
