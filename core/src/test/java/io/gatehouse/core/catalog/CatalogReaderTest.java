package io.gatehouse.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.gatehouse.core.config.ConfigProblems;
import io.gatehouse.core.config.ConfigSection;
import io.gatehouse.core.directory.CredentialDelivery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {
  private static final Map<String, Object> NEW_HIRE_FIELDS =
      Map.of(
          "email", "customfield_10071",
          "firstName", "customfield_10070",
          "lastName", "customfield_10069");
  private static final List<String> OTHER_ACTIONS =
      List.of("offboard", "revoke-groups", "reset-password", "unlock", "suspend", "unsuspend");

  private final ConfigProblems problems = new ConfigProblems();

  @Test
  void read_readsEveryAction_withItsFieldsGroupsDomainsAndApproval() {
    Map<String, Object> withGroups = new LinkedHashMap<>(NEW_HIRE_FIELDS);
    withGroups.put("groups", "customfield_10073");
    Map<String, Object> onboard = type("25", "onboard", withGroups);
    onboard.put("name", "New employee");
    onboard.put("profile", Map.of("department", "customfield_10072"));
    onboard.put("defaultGroups", List.of("staff"));
    onboard.put("allowedGroups", List.of("vpn-users", "okta-eng"));
    onboard.put("allowedEmailDomains", List.of("Acme.example"));
    onboard.put("credentialDelivery", "activation-email");
    onboard.put(
        "approval",
        Map.of("minimumApprovers", 2, "allowedApproverGroups", List.of("it-approvers")));
    Map<String, Object> grant =
        type(
            "31",
            "grant-groups",
            Map.of("login", "customfield_10080", "groups", "customfield_10073"));
    grant.put("allowedGroups", List.of("vpn-users"));
    List<Map<String, Object>> types = new ArrayList<>(List.of(onboard, grant));
    for (int i = 0; i < OTHER_ACTIONS.size(); i++) {
      boolean groupChange = OTHER_ACTIONS.get(i).endsWith("-groups");
      Map<String, Object> other =
          type(
              String.valueOf(40 + i),
              OTHER_ACTIONS.get(i),
              groupChange
                  ? Map.of("email", "customfield_10071", "groups", "customfield_10073")
                  : Map.of("email", "customfield_10071"));
      if (groupChange) {
        other.put("allowedGroups", List.of("vpn-users"));
      }
      other.put("approval", Map.of("required", false));
      types.add(other);
    }

    Catalog catalog = read(types);

    assertThat(problems.list()).isEmpty();
    assertThat(catalog.types())
        .extracting(RequestType::action)
        .containsExactlyInAnyOrder(Action.values());
    RequestType newHire = catalog.find("25").orElseThrow();
    assertThat(newHire.name()).isEqualTo("New employee");
    assertThat(newHire.fieldFor(Role.GROUPS)).contains("customfield_10073");
    assertThat(newHire.profileFields()).containsEntry("department", "customfield_10072");
    assertThat(newHire.defaultGroups()).containsExactly("staff");
    assertThat(newHire.allowedEmailDomains()).containsExactly("acme.example");
    assertThat(newHire.credentialDelivery()).isEqualTo(CredentialDelivery.ACTIVATION_EMAIL);
    assertThat(newHire.approval())
        .isEqualTo(new ApprovalRule(true, 2, Set.of(), Set.of("it-approvers")));
    assertThat(catalog.find("40").orElseThrow().approval().approvalRequired()).isFalse();
  }

  @Test
  void read_notesEveryProblem_withItsKey_andLeavesThoseTypesOut() {
    Map<String, Object> blankEmail = new LinkedHashMap<>(NEW_HIRE_FIELDS);
    blankEmail.put("email", "");
    Map<String, Object> labels = new LinkedHashMap<>(NEW_HIRE_FIELDS);
    labels.put("firstName", "First name");
    Map<String, Object> grant = type("31", "grant-groups", Map.of("login", "customfield_10080"));
    grant.put("approval", Map.of("minimumApprovers", 0, "allowedApprovrs", List.of("acc-1")));

    Catalog catalog =
        read(
            List.of(
                type("25", "onboard", blankEmail),
                type("26", "onbaord", labels),
                grant,
                type("27", "offboard", Map.of("firstName", "customfield_10070")),
                type("x", "unlock", Map.of("login", "customfield_10080"))));

    assertThat(catalog.types()).isEmpty();
    assertThat(problems.list())
        .containsExactlyInAnyOrder(
            "requestTypes[0].fields.email: is required for action onboard",
            "requestTypes[1].action: 'onbaord' is not an action; one of onboard, offboard,"
                + " grant-groups, revoke-groups, reset-password, unlock, suspend, unsuspend",
            "requestTypes[1].fields.firstName: 'First name' is not a field id; use ids such as"
                + " customfield_10071, never labels",
            "requestTypes[2].fields.groups: is required for action grant-groups",
            "requestTypes[2].allowedGroups: must list the groups requests may name, for action"
                + " grant-groups",
            "requestTypes[2].approval.allowedApprovrs: unknown key; known keys are required,"
                + " minimumApprovers, allowedApprovers, allowedApproverGroups",
            "requestTypes[2].approval.minimumApprovers: must be at least 1 when required",
            "requestTypes[3].fields.login: is required for action offboard (or email), to name the"
                + " account",
            "requestTypes[3].fields.firstName: is not used by action offboard",
            "requestTypes[4].id: must be the numeric request type id");
  }

  @Test
  void read_sendsNewAndLeavingAccountsToTheInfrastructureStage_unlessTheTypeSaysOtherwise() {
    Map<String, Object> quietLeaver = type("30", "offboard", Map.of("login", "customfield_10080"));
    quietLeaver.put("infrastructureStage", false);
    Map<String, Object> loudUnlock = type("34", "unlock", Map.of("login", "customfield_10080"));
    loudUnlock.put("infrastructureStage", true);

    Catalog catalog =
        read(
            List.of(
                type("25", "onboard", NEW_HIRE_FIELDS),
                quietLeaver,
                loudUnlock,
                type("35", "suspend", Map.of("login", "customfield_10080"))));

    assertThat(catalog.types())
        .extracting(RequestType::id, RequestType::infrastructureStage)
        .containsExactly(
            tuple("25", true), tuple("30", false), tuple("34", true), tuple("35", false));
  }

  @Test
  void read_refusesSettingsThatWouldNotTakeEffect_orWouldBypassAChecks() {
    Map<String, Object> onboardFields = new LinkedHashMap<>(NEW_HIRE_FIELDS);
    onboardFields.put("groups", "customfield_10073");
    Map<String, Object> onboard = type("25", "onboard", onboardFields);
    onboard.put("profile", Map.of("login", "customfield_10090", "Email", "customfield_10091"));
    onboard.put(
        "approval",
        Map.of("required", false, "allowedApprovers", List.of("omar.haddad@acme.example")));
    Map<String, Object> grant =
        type(
            "31",
            "grant-groups",
            Map.of(
                "login", "customfield_10080",
                "groups", "customfield_10073",
                "firstName", "customfield_10070"));
    grant.put("allowedGroups", List.of("vpn-users"));
    grant.put("defaultGroups", List.of("everyone"));
    grant.put("credentialDelivery", "activation-email");
    Map<String, Object> unlock = type("34", "unlock", Map.of("login", "customfield_10080"));
    unlock.put("allowedGroups", List.of("vpn-users"));

    read(List.of(onboard, grant, unlock));

    assertThat(problems.list())
        .containsExactlyInAnyOrder(
            "requestTypes[0].allowedGroups: must list the groups requests may name, since"
                + " fields.groups is mapped; without it every request naming a group would be"
                + " refused",
            "requestTypes[0].profile.login: is set from the checked fields.login, email, firstName"
                + " and lastName; map the field there instead",
            "requestTypes[0].profile.Email: is set from the checked fields.login, email, firstName"
                + " and lastName; map the field there instead",
            "requestTypes[0].approval.allowedApprovers[0]: 'omar.haddad@acme.example' is an e-mail"
                + " address; list Jira account ids, as shown in the person's profile URL",
            "requestTypes[0].approval.allowedApprovers: applies only when approval.required is"
                + " true",
            "requestTypes[1].defaultGroups: is not used by action grant-groups",
            "requestTypes[1].fields.firstName: is not used by action grant-groups",
            "requestTypes[1].credentialDelivery: is not used by action grant-groups",
            "requestTypes[2].allowedGroups: is not used by action unlock");
  }

  @Test
  void read_notesFieldsThatAreNotASection_once() {
    Map<String, Object> offboard = type("30", "offboard", Map.of());
    offboard.put("fields", "customfield_10080");

    read(List.of(offboard));

    assertThat(problems.list())
        .containsExactly("requestTypes[0].fields: must be a section of keys");
  }

  @Test
  void read_refusesARequestTypeListedTwice() {
    Catalog catalog =
        read(
            List.of(
                type("30", "unlock", Map.of("login", "customfield_10080")),
                type("30", "suspend", Map.of("login", "customfield_10080"))));

    assertThat(catalog.types()).extracting(RequestType::action).containsExactly(Action.UNLOCK);
    assertThat(problems.list())
        .containsExactly("requestTypes[1].id: request type 30 is listed twice");
  }

  @Test
  void read_refusesIdsNoServiceDeskGives_soThatNoTypeIsSilentlyNeverMatched() {
    Catalog catalog =
        read(
            List.of(
                type("025", "unlock", Map.of("login", "customfield_10080")),
                type("0", "unlock", Map.of("login", "customfield_10080")),
                type("12345678901", "unlock", Map.of("login", "customfield_10080")),
                type("25", "unlock", Map.of("login", "customfield_10080"))));

    assertThat(catalog.types()).extracting(RequestType::id).containsExactly("25");
    assertThat(problems.list())
        .containsExactly(
            "requestTypes[0].id: must be the numeric request type id",
            "requestTypes[1].id: must be the numeric request type id",
            "requestTypes[2].id: must be the numeric request type id");
  }

  @Test
  void read_needsAtLeastOneRequestType() {
    read(List.of());

    assertThat(problems.list())
        .containsExactly("requestTypes: must list at least one request type");
  }

  private Catalog read(List<Map<String, Object>> types) {
    return CatalogReader.read(ConfigSection.root(Map.of("requestTypes", types), problems));
  }

  private static Map<String, Object> type(String id, String action, Map<String, Object> fields) {
    Map<String, Object> type = new LinkedHashMap<>();
    type.put("id", id);
    type.put("action", action);
    type.put("fields", fields);
    return type;
  }
}
