package io.gatehouse.core.plan;

import static io.gatehouse.core.fakes.Requests.newHire;
import static io.gatehouse.core.fakes.Requests.onboarding;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.catalog.Action;
import io.gatehouse.core.catalog.RequestType;
import io.gatehouse.core.directory.CredentialDelivery;
import io.gatehouse.core.fakes.Requests;
import io.gatehouse.core.request.FieldValue;
import io.gatehouse.core.request.ServiceRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private final Planner planner = new Planner();
  private final RequestType type = onboarding(CredentialDelivery.TEMPORARY_PASSWORD);

  @Test
  void plan_createsTheUserThenAddsDefaultAndRequestedGroups() {
    PlanOutcome outcome =
        planner.plan(
            newHire("ITS-1", "sam.ortiz@example.com", "okta-finance-ro", "vpn-users"), type);

    ProvisioningPlan plan = ((PlanOutcome.Ready) outcome).plan();
    assertThat(plan.describe())
        .isEqualTo(
            "create user sam.ortiz@example.com with a temporary password; add to group everyone;"
                + " add to group okta-finance-ro; add to group vpn-users");
    Step.CreateUser create = (Step.CreateUser) plan.steps().get(0);
    assertThat(create.user().attributes()).containsEntry("department", "Finance");
  }

  @Test
  void plan_isInvalid_whenTheEmailIsNotAnAddress() {
    PlanOutcome outcome = planner.plan(newHire("ITS-2", "sam.ortiz(at)example.com"), type);

    assertThat(((PlanOutcome.Invalid) outcome).problems())
        .containsExactly(
            "field customfield_10071 value 'sam.ortiz(at)example.com' is not a valid e-mail"
                + " address");
  }

  @Test
  void plan_isInvalid_whenTheDomainIsNotAllowed() {
    PlanOutcome outcome = planner.plan(newHire("ITS-3", "dana.k@gmail.com"), type);

    assertThat(((PlanOutcome.Invalid) outcome).problems().get(0))
        .contains("domain gmail.com")
        .contains("does not allow");
  }

  @Test
  void plan_refusesAGroupOutsideTheAllowList_beforeAnyDirectoryCall() {
    PlanOutcome outcome = planner.plan(newHire("ITS-4", "sam@example.com", "domain-admins"), type);

    assertThat(((PlanOutcome.Invalid) outcome).problems())
        .containsExactly(
            "group 'domain-admins' is not in the allow-list of request type New employee");
  }

  @Test
  void plan_namesEveryMissingField_andNeverUsesTheReporter() {
    ServiceRequest request = newHire("ITS-5", "sam@example.com");
    Map<String, FieldValue> fields = new HashMap<>(request.fields());
    fields.remove("customfield_10071");
    fields.remove("customfield_10069");
    ServiceRequest withoutEmail =
        new ServiceRequest(
            request.key(), request.requestTypeId(), request.reporter(), fields, request.created());

    PlanOutcome outcome = planner.plan(withoutEmail, type);

    assertThat(((PlanOutcome.Invalid) outcome).problems())
        .containsExactly(
            "field customfield_10071 (work e-mail) is not provided",
            "field customfield_10069 (last name) is not provided");
  }

  @Test
  void plan_saysAFieldCouldNotBeRead_ratherThanThatItWasLeftEmpty() {
    ServiceRequest request = Requests.forAccount("ITS-9", "30", "sam@example.com");
    Map<String, FieldValue> fields = new HashMap<>(request.fields());
    fields.remove("customfield_10080");
    ServiceRequest hidden =
        new ServiceRequest(
            request.key(),
            request.requestTypeId(),
            request.reporter(),
            fields,
            request.created(),
            Set.of("customfield_10080"));

    PlanOutcome outcome =
        planner.plan(
            hidden,
            Requests.accountType("30", Action.OFFBOARD, CredentialDelivery.ACTIVATION_EMAIL));

    assertThat(((PlanOutcome.Invalid) outcome).problems())
        .containsExactly(
            "field customfield_10080 (login) could not be read: Gatehouse's Jira account cannot"
                + " see it; put the field on the request type's issue screen and give the account"
                + " Browse projects");
  }

  @Test
  void plan_offboard_deactivatesTheAccountNamedByTheLoginField() {
    RequestType offboard =
        Requests.accountType("30", Action.OFFBOARD, CredentialDelivery.ACTIVATION_EMAIL);

    PlanOutcome outcome =
        planner.plan(Requests.forAccount("ITS-6", "30", "sam@example.com"), offboard);

    ProvisioningPlan plan = ((PlanOutcome.Ready) outcome).plan();
    assertThat(plan.login()).isEqualTo("sam@example.com");
    assertThat(plan.describe()).isEqualTo("deactivate user sam@example.com");
    assertThat(plan.steps()).extracting(Step::id).containsExactly("deactivate");
  }

  @Test
  void plan_offboard_isInvalid_whenTheLoginIsMissingOrNotAnAddress() {
    RequestType offboard =
        Requests.accountType("30", Action.OFFBOARD, CredentialDelivery.ACTIVATION_EMAIL);

    PlanOutcome missing = planner.plan(Requests.forAccount("ITS-7", "30", " "), offboard);
    PlanOutcome odd = planner.plan(Requests.forAccount("ITS-8", "30", "Sam Ortiz"), offboard);

    assertThat(((PlanOutcome.Invalid) missing).problems())
        .containsExactly("field customfield_10080 (login) is not provided");
    assertThat(((PlanOutcome.Invalid) odd).problems())
        .containsExactly("field customfield_10080 value 'Sam Ortiz' is not a valid e-mail address");
  }

  @Test
  void plan_revokeGroups_namesOnlyTheRequestedGroups_eachFromTheAllowList() {
    RequestType revoke =
        Requests.accountType("32", Action.REVOKE_GROUPS, CredentialDelivery.ACTIVATION_EMAIL);

    PlanOutcome outcome =
        planner.plan(Requests.forAccount("ITS-9", "32", "sam@example.com", "vpn-users"), revoke);

    ProvisioningPlan plan = ((PlanOutcome.Ready) outcome).plan();
    assertThat(plan.describe()).isEqualTo("remove sam@example.com from group vpn-users");
    assertThat(plan.steps()).extracting(Step::id).containsExactly("remove-group:vpn-users");
  }

  @Test
  void plan_grantGroups_isInvalid_withoutAGroup_orWithOneOutsideTheAllowList() {
    RequestType grant =
        Requests.accountType("31", Action.GRANT_GROUPS, CredentialDelivery.ACTIVATION_EMAIL);

    PlanOutcome none = planner.plan(Requests.forAccount("ITS-10", "31", "sam@example.com"), grant);
    PlanOutcome outside =
        planner.plan(
            Requests.forAccount("ITS-11", "31", "sam@example.com", "everyone", "vpn-users"), grant);

    assertThat(((PlanOutcome.Invalid) none).problems())
        .containsExactly("field customfield_10073 (groups) names no group");
    assertThat(((PlanOutcome.Invalid) outside).problems())
        .containsExactly(
            "group 'everyone' is not in the allow-list of request type Account grant_groups");
  }
}
