package io.gatehouse.http.demo;

import io.gatehouse.testkit.jsm.JsmAccount;
import io.gatehouse.testkit.jsm.JsmApproval;
import io.gatehouse.testkit.jsm.JsmApproval.Approver;
import io.gatehouse.testkit.jsm.JsmApproval.Decision;
import io.gatehouse.testkit.jsm.JsmField;
import io.gatehouse.testkit.jsm.JsmField.Option;
import io.gatehouse.testkit.jsm.JsmRequest;
import io.gatehouse.testkit.jsm.JsmSimulator;
import io.gatehouse.testkit.jsm.JsmStatus;
import io.gatehouse.testkit.jsm.JsmTransition;
import io.gatehouse.testkit.okta.GroupType;
import io.gatehouse.testkit.okta.OktaSimulator;
import io.gatehouse.testkit.okta.OktaUserStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The desk the demo and the end-to-end tests run against: an IT service desk with onboarding
 * requests in every state, and an Okta org with the groups they ask for.
 */
public final class DemoDesk {
  public static final String DESK = "3";
  public static final String NEW_EMPLOYEE = "25";
  public static final String LEAVER = "30";
  public static final String ACCESS_REQUEST = "31";
  public static final String ACCESS_REMOVAL = "32";
  public static final String PASSWORD_RESET = "33";
  public static final String UNLOCK_ACCOUNT = "34";
  public static final String SUSPENSION = "35";
  public static final String SUSPENSION_LIFTED = "36";
  public static final String AGENT_EMAIL = "gatehouse-bot@acme.example";
  public static final String RESOLVE = "Resolve this issue";
  public static final JsmStatus OPEN = JsmStatus.open("Waiting for support");
  public static final JsmStatus RESOLVED = JsmStatus.done("Resolved");

  /** Requests that are approved and filled in correctly. */
  public static final List<String> APPROVED = List.of("ITS-101", "ITS-102");

  public static final String PENDING = "ITS-103";
  public static final String DECLINED = "ITS-104";
  public static final String INVALID_EMAIL = "ITS-105";

  /** An approved offboarding request, added by {@link #addAccountRequests}. */
  public static final String OFFBOARD = "ITS-301";

  /** An approved request adding an existing account to two groups. */
  public static final String GRANT = "ITS-302";

  /** An approved request removing an existing account from a group. */
  public static final String REVOKE = "ITS-303";

  /** The existing Okta account the group requests name; a member of okta-contractors. */
  public static final String MEMBER_LOGIN = "max.berg@acme.example";

  /** The group the revoking request removes {@link #MEMBER_LOGIN} from. */
  public static final String CONTRACTORS = "okta-contractors";

  /** Approved requests to reset, unlock, suspend and unsuspend, one account each. */
  public static final String RESET = "ITS-304";

  public static final String UNLOCK = "ITS-305";
  public static final String SUSPEND = "ITS-306";
  public static final String UNSUSPEND = "ITS-307";

  /** The existing Okta accounts those four requests name, in the same order. */
  public static final List<String> STATUS_LOGINS =
      List.of(
          "ria.shah@acme.example",
          "tom.wu@acme.example",
          "ivo.petrov@acme.example",
          "nia.okafor@acme.example");

  /** The existing Okta account the offboarding request names. */
  public static final String LEAVER_LOGIN = "lee.chan@acme.example";

  static final String AGENT = "acc-gatehouse";
  private static final String DANA = "acc-dana";
  private static final String RIYA = "acc-riya";
  private static final String OMAR = "acc-omar";
  private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

  private DemoDesk() {}

  /** Seeds the service desk: accounts, the desk, its request type, transitions and requests. */
  public static void seed(JsmSimulator jsm, String agentToken) {
    jsm.addAccount(JsmAccount.withToken(AGENT, "Gatehouse", AGENT_EMAIL, agentToken))
        .addAccount(JsmAccount.customer(DANA, "Dana Lee", "dana.lee@acme.example"))
        .addAccount(JsmAccount.customer(RIYA, "Riya Patel", null))
        .addAccount(JsmAccount.customer(OMAR, "Omar Haddad", "omar.haddad@acme.example"))
        .addServiceDesk(DESK, "ITS")
        .addAgent(DESK, AGENT)
        .addRequestType(DESK, NEW_EMPLOYEE, "New employee")
        .addRequestType(DESK, LEAVER, "Leaver")
        .addRequestType(DESK, ACCESS_REQUEST, "Access request")
        .addRequestType(DESK, ACCESS_REMOVAL, "Access removal")
        .addRequestType(DESK, PASSWORD_RESET, "Password reset")
        .addRequestType(DESK, UNLOCK_ACCOUNT, "Unlock account")
        .addRequestType(DESK, SUSPENSION, "Suspend account")
        .addRequestType(DESK, SUSPENSION_LIFTED, "Lift suspension")
        .setTransitions(OPEN, new JsmTransition("31", RESOLVE, RESOLVED));

    jsm.addRequest(
        newHire(
            "ITS-101",
            0,
            "sam.ortiz@acme.example",
            "Sam",
            "Ortiz",
            FINANCE,
            GROUP_FINANCE,
            GROUP_VPN));
    jsm.addApproval("ITS-101", approval("501", Decision.APPROVED, 1, RIYA));

    jsm.addRequest(
        newHire(
            "ITS-102", 1, "zoe.unal@acme.example", "Zoë", "Ünal", ENGINEERING, GROUP_ENGINEERING));
    jsm.addApproval("ITS-102", approval("502", Decision.APPROVED, 2, RIYA, OMAR));

    jsm.addRequest(
        newHire("ITS-103", 2, "kim.lee@acme.example", "Kim", "Lee", FINANCE, GROUP_FINANCE));
    jsm.addApproval("ITS-103", approval("503", Decision.PENDING, 3, RIYA));

    jsm.addRequest(
        newHire("ITS-104", 3, "alex.doe@acme.example", "Alex", "Doe", ENGINEERING, GROUP_VPN));
    jsm.addApproval("ITS-104", approval("504", Decision.DECLINED, 4, OMAR));

    jsm.addRequest(
        newHire(
            "ITS-105", 4, "jordan smith@acme.example", "Jordan", "Smith", FINANCE, GROUP_FINANCE));
    jsm.addApproval("ITS-105", approval("505", Decision.APPROVED, 5, RIYA));
  }

  /** Adds one more approved onboarding request, as a hiring manager would raise it later. */
  public static void addApprovedNewHire(
      JsmSimulator jsm, String key, String email, String firstName, String lastName) {
    jsm.addRequest(newHire(key, 6, email, firstName, lastName, FINANCE, GROUP_VPN));
    jsm.addApproval(key, approval("6" + key.hashCode(), Decision.APPROVED, 7, RIYA));
  }

  /**
   * Adds approved requests that change existing accounts, one per such action, and the Okta
   * accounts they name. Kept apart from {@link #seed(JsmSimulator, String)} so that tests counting
   * the onboarding requests see only those.
   */
  public static void addAccountRequests(JsmSimulator jsm, OktaSimulator okta) {
    okta.addUser(LEAVER_LOGIN, "Lee", "Chan", OktaUserStatus.ACTIVE);
    jsm.addRequest(accountRequest(OFFBOARD, LEAVER, 8, "Leaver: " + LEAVER_LOGIN, LEAVER_LOGIN));
    jsm.addApproval(OFFBOARD, approval("801", Decision.APPROVED, 9, RIYA));

    String member = okta.addUser(MEMBER_LOGIN, "Max", "Berg", OktaUserStatus.ACTIVE);
    okta.addMembership(okta.addGroup(CONTRACTORS, GroupType.OKTA_GROUP), member);
    jsm.addRequest(
        accountRequest(
            GRANT,
            ACCESS_REQUEST,
            8,
            "Access for " + MEMBER_LOGIN,
            MEMBER_LOGIN,
            GROUP_FINANCE,
            GROUP_VPN));
    jsm.addApproval(GRANT, approval("802", Decision.APPROVED, 9, RIYA));
    jsm.addRequest(
        accountRequest(
            REVOKE,
            ACCESS_REMOVAL,
            8,
            "Remove access for " + MEMBER_LOGIN,
            MEMBER_LOGIN,
            new Option("10423", CONTRACTORS)));
    jsm.addApproval(REVOKE, approval("803", Decision.APPROVED, 9, RIYA));

    List<String> keys = List.of(RESET, UNLOCK, SUSPEND, UNSUSPEND);
    List<String> types = List.of(PASSWORD_RESET, UNLOCK_ACCOUNT, SUSPENSION, SUSPENSION_LIFTED);
    List<OktaUserStatus> statuses =
        List.of(
            OktaUserStatus.ACTIVE,
            OktaUserStatus.LOCKED_OUT,
            OktaUserStatus.ACTIVE,
            OktaUserStatus.SUSPENDED);
    for (int i = 0; i < keys.size(); i++) {
      String login = STATUS_LOGINS.get(i);
      okta.addUser(login, "Demo", "User" + i, statuses.get(i));
      jsm.addRequest(accountRequest(keys.get(i), types.get(i), 8, "Account " + login, login));
      jsm.addApproval(keys.get(i), approval("81" + i, Decision.APPROVED, 9, RIYA));
    }
  }

  /** Seeds the Okta org with the groups the catalog allows, and one unrelated group. */
  public static void seed(OktaSimulator okta) {
    for (String group :
        List.of("everyone-acme", "okta-finance-ro", "okta-engineering", "vpn-users")) {
      okta.addGroup(group, GroupType.OKTA_GROUP);
    }
    okta.addGroup("okta-finance-ro-admins", GroupType.OKTA_GROUP);
  }

  /** The request types section of the demo's configuration. */
  public static String requestTypesYaml(String credentialDelivery) {
    return """
        requestTypes:
          - id: "25"
            name: New employee
            action: onboard
            credentialDelivery: %1$s
            fields:
              email: customfield_10071
              firstName: customfield_10070
              lastName: customfield_10069
              groups: customfield_10073
            profile:
              department: customfield_10072
              manager: customfield_10074
            defaultGroups: [everyone-acme]
            allowedGroups: [okta-finance-ro, okta-engineering, vpn-users]
            allowedEmailDomains: [acme.example]
            approval:
              required: true
              minimumApprovers: 1
          - id: "30"
            name: Leaver
            action: offboard
            fields:
              login: customfield_10080
          - id: "31"
            name: Access request
            action: grant-groups
            fields:
              login: customfield_10080
              groups: customfield_10073
            allowedGroups: [okta-finance-ro, okta-engineering, vpn-users]
          - id: "32"
            name: Access removal
            action: revoke-groups
            fields:
              login: customfield_10080
              groups: customfield_10073
            allowedGroups: [okta-contractors, okta-finance-ro, vpn-users]
          - id: "33"
            name: Password reset
            action: reset-password
            credentialDelivery: %1$s
            fields:
              login: customfield_10080
          - id: "34"
            name: Unlock account
            action: unlock
            fields:
              login: customfield_10080
          - id: "35"
            name: Suspend account
            action: suspend
            fields:
              login: customfield_10080
          - id: "36"
            name: Lift suspension
            action: unsuspend
            fields:
              login: customfield_10080
        """
        .formatted(credentialDelivery);
  }

  private static final Option FINANCE = new Option("10410", "Finance");
  private static final Option ENGINEERING = new Option("10411", "Engineering");
  private static final Option GROUP_FINANCE = new Option("10420", "okta-finance-ro");
  private static final Option GROUP_ENGINEERING = new Option("10421", "okta-engineering");
  private static final Option GROUP_VPN = new Option("10422", "vpn-users");

  private static JsmRequest newHire(
      String key,
      int hour,
      String email,
      String firstName,
      String lastName,
      Option department,
      Option... groups) {
    return JsmRequest.builder(key)
        .desk(DESK)
        .type(NEW_EMPLOYEE)
        .reporter(DANA)
        .created(MONDAY.plus(Duration.ofHours(hour)))
        .summary("Okta account for " + firstName + " " + lastName)
        .field(JsmField.text("customfield_10070", "First name", firstName))
        .field(JsmField.text("customfield_10069", "Last name", lastName))
        .field(JsmField.text("customfield_10071", "Work e-mail", email))
        .field(JsmField.option("customfield_10072", "Department", department))
        .field(JsmField.options("customfield_10073", "Okta groups", groups))
        .field(JsmField.user("customfield_10074", "Manager", RIYA))
        .field(JsmField.nullValue("customfield_10075", "Laptop model"))
        .build();
  }

  private static JsmRequest accountRequest(
      String key, String type, int hour, String summary, String login, Option... groups) {
    JsmRequest.Builder builder =
        JsmRequest.builder(key)
            .desk(DESK)
            .type(type)
            .reporter(DANA)
            .created(MONDAY.plus(Duration.ofHours(hour)))
            .summary(summary)
            .field(JsmField.text("customfield_10080", "Okta login", login));
    if (groups.length > 0) {
      builder.field(JsmField.options("customfield_10073", "Okta groups", groups));
    }
    return builder.build();
  }

  private static JsmApproval approval(String id, Decision decision, int hour, String... approvers) {
    Approver[] votes = new Approver[approvers.length];
    for (int i = 0; i < approvers.length; i++) {
      votes[i] = new Approver(approvers[i], decision);
    }
    return JsmApproval.of(
        id, "Manager approval", decision, MONDAY.plus(Duration.ofHours(hour)), votes);
  }
}
