package io.gatehouse.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.CreateUserResult;
import io.gatehouse.core.directory.DirectoryGroup;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.PasswordReset;
import io.gatehouse.core.directory.ResetDelivery;
import io.gatehouse.core.directory.TemporaryPassword;
import io.gatehouse.core.directory.UserStatus;
import io.gatehouse.core.port.DirectoryException;
import io.gatehouse.core.secret.Secret;
import io.gatehouse.testkit.okta.Fault;
import io.gatehouse.testkit.okta.GroupType;
import io.gatehouse.testkit.okta.OktaUserStatus;
import io.gatehouse.testkit.okta.PasswordPolicy;
import io.gatehouse.testkit.okta.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Okta field cases of docs/field-cases, each against the simulator through the adapter. */
class OktaFieldCasesTest extends OktaTestBase {

  @Test
  void bc02_seesAMembershipOnTheSecondPage_andAddsNothing() {
    String userId = okta.addUser("ida.berg@example.com", "Ida", "Berg", OktaUserStatus.ACTIVE);
    for (int i = 1; i <= 200; i++) {
      okta.addMembership(okta.addGroup("team-" + i, GroupType.OKTA_GROUP), userId);
    }
    String finance = okta.addGroup("app-finance-ro", GroupType.OKTA_GROUP);
    okta.addMembership(finance, userId);
    okta.setMaxPageSize(200);
    DirectoryUser ida = existing("ida.berg@example.com");
    okta.clearRequests();

    ChangeResult result =
        directory.addToGroup(ida, new DirectoryGroup(finance, "app-finance-ro", true));

    assertThat(result).isEqualTo(ChangeResult.alreadyDone());
    List<RecordedRequest> pages = okta.requests("GET", "/api/v1/users/" + userId + "/groups");
    assertThat(pages).hasSize(2);
    assertThat(pages.get(1).queryParam("after")).isPresent();
    assertThat(pages.get(1).queryParam("limit")).contains("200");
    assertThat(okta.requests("PUT", "/api/v1/groups/" + finance + "/users/" + userId)).isEmpty();
    assertThat(directory.groupsOf(ida))
        .hasSize(201)
        .extracting(DirectoryGroup::name)
        .contains("app-finance-ro");
  }

  @Test
  void bc07_duplicateLogin_isReadFromErrorCauses_andTheCreateIsNotRepeated() {
    String holderId = okta.addUser("kim.lee@example.com", "Kim", "Lee", OktaUserStatus.ACTIVE);

    CreateUserResult result =
        directory.createUser(
            IdentityDirectoryContract.newUser("kim.lee"),
            Optional.of(IdentityDirectoryContract.PASSWORD));

    assertThat(result)
        .isInstanceOfSatisfying(
            CreateUserResult.LoginTaken.class,
            taken -> assertThat(taken.holder().id()).isEqualTo(holderId));
    assertThat(okta.requests("POST", "/api/v1/users")).hasSize(1);
    assertThat(okta.requests("POST", "/api/v1/users").get(0).responseBody().orElseThrow())
        .contains("login: An object with this field already exists");
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void bc08_deprovisionedHolder_isFoundAndReported_neverReactivated() {
    String oldId = okta.addUser("kim.lee@example.com", "Kim", "Lee", OktaUserStatus.DEPROVISIONED);

    CreateUserResult result =
        directory.createUser(
            IdentityDirectoryContract.newUser("kim.lee"),
            Optional.of(IdentityDirectoryContract.PASSWORD));

    assertThat(result)
        .isInstanceOfSatisfying(
            CreateUserResult.LoginTaken.class,
            taken -> {
              assertThat(taken.holder().id()).isEqualTo(oldId);
              assertThat(taken.holder().status()).isEqualTo(UserStatus.DEPROVISIONED);
            });
    assertThat(okta.requests()).noneMatch(r -> r.path().contains("/lifecycle/"));
    assertThat(okta.user("kim.lee@example.com").orElseThrow().status())
        .isEqualTo(OktaUserStatus.DEPROVISIONED);
  }

  @Test
  void bc08_deactivatingADeactivatedUser_isAlreadyDone_withoutDeactivateOrDelete() {
    okta.addUser("kim.lee@example.com", "Kim", "Lee", OktaUserStatus.DEPROVISIONED);
    DirectoryUser kim = existing("kim.lee@example.com");

    ChangeResult result = directory.deactivate(kim);

    assertThat(result).isEqualTo(ChangeResult.alreadyDone());
    assertThat(okta.requests()).noneMatch(r -> r.method().equals("DELETE"));
    assertThat(okta.requests()).noneMatch(r -> r.path().endsWith("/lifecycle/deactivate"));
    assertThat(okta.user("kim.lee@example.com")).isPresent();
  }

  @Test
  void bc08_passwordReset_forProvisionedOrSuspended_isRefusedWithWhatToDo() {
    okta.addUser("new.hire@example.com", "New", "Hire", OktaUserStatus.PROVISIONED);
    okta.addUser("on.hold@example.com", "On", "Hold", OktaUserStatus.SUSPENDED);

    PasswordReset provisioned =
        directory.resetPassword(existing("new.hire@example.com"), ResetDelivery.DIRECTORY_EMAIL);
    PasswordReset suspended =
        directory.resetPassword(existing("on.hold@example.com"), ResetDelivery.DIRECTORY_EMAIL);

    assertThat(provisioned)
        .isInstanceOfSatisfying(
            PasswordReset.Refused.class,
            refused -> assertThat(refused.reason()).contains("PROVISIONED").contains("reactivate"));
    assertThat(suspended)
        .isInstanceOfSatisfying(
            PasswordReset.Refused.class,
            refused -> assertThat(refused.reason()).contains("SUSPENDED").contains("unsuspend"));
    assertThat(okta.requests()).noneMatch(r -> r.path().endsWith("/lifecycle/reset_password"));
  }

  @Test
  void bc13_passwordPolicyRefusal_isClassifiedApartFromDuplicateLogin_withoutThePassword() {
    Secret weak = Secret.of("Kowalski!2025ab");

    CreateUserResult result =
        directory.createUser(IdentityDirectoryContract.newUser("dana.kowalski"), Optional.of(weak));

    assertThat(result)
        .isInstanceOfSatisfying(
            CreateUserResult.Refused.class,
            refused -> {
              assertThat(refused.cause()).isEqualTo(CreateUserResult.Cause.PASSWORD_POLICY);
              assertThat(refused.reason()).contains("password:").doesNotContain(weak.reveal());
            });
    assertThat(okta.requests())
        .allSatisfy(r -> assertThat(r.body().orElse("")).doesNotContain(weak.reveal()));
  }

  @Test
  void bc13_policyGroupsGoInGroupIdsAtCreate_atMostTwenty_andTheRestAfter() {
    List<DirectoryGroup> groups = new ArrayList<>();
    for (int i = 1; i <= 23; i++) {
      String name = i == 1 ? "contractors" : "team-" + i;
      groups.add(new DirectoryGroup(okta.addGroup(name, GroupType.OKTA_GROUP), name, true));
    }
    okta.setPasswordPolicy(PasswordPolicy.oktaDefault());

    CreateUserResult result =
        directory.createUser(
            IdentityDirectoryContract.newUser("dana.kowalski"),
            Optional.of(IdentityDirectoryContract.PASSWORD),
            groups);

    assertThat(result)
        .isInstanceOfSatisfying(
            CreateUserResult.Created.class,
            created -> assertThat(created.groupsNotAdded()).isEmpty());
    String body = okta.requests("POST", "/api/v1/users").get(0).body().orElseThrow();
    assertThat(body).contains("\"groupIds\":[\"" + groups.get(0).id() + "\"");
    assertThat(body).contains(groups.get(19).id()).doesNotContain(groups.get(20).id());
    assertThat(okta.requests()).filteredOn(r -> r.method().equals("PUT")).hasSize(3);
    assertThat(okta.user("dana.kowalski@example.com").orElseThrow().groupNames()).hasSize(23);
  }

  @Test
  void bc14_temporaryPassword_isTakenFromTheAnswerTheSdkWouldLose() {
    DirectoryUser user = created("sam.ortiz");
    String path = "/api/v1/users/" + user.id() + "/lifecycle/expire_password_with_temp_password";
    okta.failNext(
        new Fault("POST", path, 200, "{\"tempPassword\":\"Fg4x9TqZ\"}", Map.of(), true), 1);

    TemporaryPassword result = directory.expirePassword(user);

    assertThat(result)
        .isInstanceOfSatisfying(
            TemporaryPassword.Issued.class,
            issued -> assertThat(issued.password().reveal()).isEqualTo("Fg4x9TqZ"));
    assertThat(okta.user("sam.ortiz@example.com").orElseThrow().status())
        .isEqualTo(OktaUserStatus.PASSWORD_EXPIRED);
  }

  @Test
  void bc14_anEmptyTemporaryPassword_isAFailure_neverAnEmptyPassword() {
    DirectoryUser user = created("sam.ortiz");
    String path = "/api/v1/users/" + user.id() + "/lifecycle/expire_password_with_temp_password";
    okta.failNext(new Fault("POST", path, 200, "{\"tempPassword\":\"\"}", Map.of(), true), 1);

    assertThatThrownBy(() -> directory.expirePassword(user))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.retryable()).isFalse();
              assertThat(e.getMessage()).contains("no temporary password");
            });
  }

  @Test
  void bc18_groupAddRightAfterCreate_isRetriedBrieflyAfterA404() {
    String groupId = okta.addGroup("app-finance-ro", GroupType.OKTA_GROUP);
    DirectoryUser user = created("lin.wu");
    String put = "/api/v1/groups/" + groupId + "/users/" + user.id();
    okta.failNext(Fault.error("PUT", put, 404, "E0000007", "Not found: Resource not found"), 1);

    ChangeResult result =
        directory.addToGroup(user, new DirectoryGroup(groupId, "app-finance-ro", true));

    assertThat(result).isEqualTo(ChangeResult.done());
    assertThat(okta.requests("PUT", put)).hasSize(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
    assertThat(okta.requests()).noneMatch(r -> r.query().contains("search="));
  }

  @Test
  void bc18_groupAddStillFailing_isReportedPreciselyAndRetryable() {
    String groupId = okta.addGroup("app-finance-ro", GroupType.OKTA_GROUP);
    DirectoryUser user = created("lin.wu");
    String put = "/api/v1/groups/" + groupId + "/users/" + user.id();
    okta.failNext(Fault.error("PUT", put, 404, "E0000007", "Not found: Resource not found"), 3);

    assertThatThrownBy(
            () -> directory.addToGroup(user, new DirectoryGroup(groupId, "app-finance-ro", true)))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.retryable()).isTrue();
              assertThat(e.getMessage()).contains(user.id()).contains("app-finance-ro");
            });
    assertThat(okta.requests("PUT", put)).hasSize(3);
  }
}
