package io.gatehouse.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.api.UserCredApi;
import com.okta.sdk.resource.api.UserLifecycleApi;
import com.okta.sdk.resource.api.UserResourcesApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.common.PagedList;
import com.okta.sdk.resource.model.CreateUserRequest;
import com.okta.sdk.resource.model.Group;
import com.okta.sdk.resource.model.PasswordCredential;
import com.okta.sdk.resource.model.User;
import com.okta.sdk.resource.model.UserCredentials;
import com.okta.sdk.resource.model.UserNextLogin;
import com.okta.sdk.resource.model.UserProfile;
import com.okta.sdk.resource.model.UserStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator driven by okta-sdk-java 24.0.0 with an API token, checked against the spec. */
class OktaSimulatorSdkTest {
  private static final String TOKEN = "00simulated-api-token";
  private static final String PASSWORD = "Vq7-lamp-Orbit";
  private static OktaOpenApi spec;

  private OktaSimulator okta;
  private ApiClient client;
  private UserApi users;

  @BeforeAll
  static void loadSpec() {
    Optional<OktaOpenApi> loaded = OktaOpenApi.load();
    Assumptions.assumeTrue(
        loaded.isPresent(), "Okta description not found at " + OktaOpenApi.expectedLocation());
    spec = loaded.get();
  }

  @BeforeEach
  void startOkta() {
    okta = OktaSimulator.start().addApiToken(TOKEN);
    client = SdkClients.apiToken(okta, TOKEN);
    users = new UserApi(client);
  }

  @AfterEach
  void checkExchangesAndStop() {
    try {
      assertThat(okta.requests()).flatMap(spec::violations).isEmpty();
    } finally {
      okta.close();
    }
  }

  @Test
  void createUser_withPasswordAndChangePassword_answersPasswordExpired() {
    User user =
        users.createUser(
            request("ana.silva@example.com", PASSWORD), true, false, UserNextLogin.CHANGE_PASSWORD);

    assertThat(user.getStatus()).isEqualTo(UserStatus.PASSWORD_EXPIRED);
    assertThat(user.getId()).startsWith("00u").hasSize(20);
    RecordedRequest create = okta.requests("POST", "/api/v1/users").get(0);
    assertThat(create.status()).isEqualTo(200);
    assertThat(create.queryParam("nextLogin")).contains("changePassword");
    assertThat(create.body().orElseThrow()).doesNotContain(PASSWORD).contains("[redacted]");
  }

  @Test
  void createUser_withPasswordAndActivate_answersActive() {
    User user = users.createUser(request("ben.okafor@example.com", PASSWORD), true, false, null);

    assertThat(user.getStatus()).isEqualTo(UserStatus.ACTIVE);
  }

  @Test
  void createUser_withoutCredentials_isProvisionedAndSendsActivationEmail() {
    User user = users.createUser(request("cho.min@example.com", null), true, false, null);

    assertThat(user.getStatus()).isEqualTo(UserStatus.PROVISIONED);
    assertThat(okta.activationEmails()).containsExactly("cho.min@example.com");
  }

  @Test
  void createUser_notActivated_isStaged() {
    User user = users.createUser(request("dev.patel@example.com", PASSWORD), false, false, null);

    assertThat(user.getStatus()).isEqualTo(UserStatus.STAGED);
  }

  @Test
  void createUser_changePasswordWithoutActivate_answersE0000125() {
    CreateUserRequest request = request("eli.stone@example.com", PASSWORD);

    assertThatThrownBy(() -> users.createUser(request, false, false, UserNextLogin.CHANGE_PASSWORD))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e.getResponseBody()).contains("\"errorCode\":\"E0000125\""));
  }

  @Test
  void createUser_changePasswordWithoutPassword_answersE0000124() {
    CreateUserRequest request = request("fay.wong@example.com", null);

    assertThatThrownBy(() -> users.createUser(request, true, false, UserNextLogin.CHANGE_PASSWORD))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e.getResponseBody()).contains("\"errorCode\":\"E0000124\""));
  }

  @Test
  void createUser_duplicateLogin_answersE0000001WithCause() {
    okta.addUser("gus.berg@example.com", "Gus", "Berg", OktaUserStatus.ACTIVE);

    assertThatThrownBy(
            () -> users.createUser(request("GUS.BERG@example.com", PASSWORD), true, false, null))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo(400);
              assertThat(e.getResponseBody())
                  .contains("\"errorCode\":\"E0000001\"")
                  .contains("Api validation failed: login")
                  .contains(
                      "login: An object with this field already exists in the current organization");
            });
  }

  @Test
  void createUser_passwordContainingLastName_answersPasswordCause() {
    CreateUserRequest request = request("hana.kowalski@example.com", "Kowalski!2025ab");

    assertThatThrownBy(() -> users.createUser(request, true, false, null))
        .isInstanceOfSatisfying(
            ApiException.class,
            e ->
                assertThat(e.getResponseBody())
                    .contains("E0000001")
                    .contains("password: Password requirements were not met")
                    .doesNotContain("Kowalski!2025ab"));
    assertThat(okta.user("hana.kowalski@example.com")).isEmpty();
  }

  @Test
  void createUser_withTooManyGroups_answersE0000093() {
    CreateUserRequest request = request("ida.ross@example.com", PASSWORD);
    for (int i = 0; i < 21; i++) {
      request.addgroupIdsItem(okta.addGroup("team-" + i, GroupType.OKTA_GROUP));
    }

    assertThatThrownBy(() -> users.createUser(request, true, false, null))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.getResponseBody()).contains("E0000093"));
  }

  @Test
  void createUser_withGroupIds_joinsThoseGroups() {
    String groupId = okta.addGroup("finance", GroupType.OKTA_GROUP);
    CreateUserRequest request = request("jon.lund@example.com", PASSWORD).addgroupIdsItem(groupId);

    users.createUser(request, true, false, null);

    assertThat(okta.user("jon.lund@example.com").orElseThrow().groupNames())
        .containsExactly("finance");
  }

  @Test
  void getUser_byLogin_findsUserAndMissingLoginAnswers404() {
    String id = okta.addUser("kai.moss@example.com", "Kai", "Moss", OktaUserStatus.ACTIVE);

    assertThat(users.getUser("kai.moss@example.com", null, null).getId()).isEqualTo(id);
    assertThatThrownBy(() -> users.getUser("nobody@example.com", null, null))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo(404);
              assertThat(e.getResponseBody()).contains("E0000007");
            });
  }

  @Test
  void listUsers_withoutSearch_omitsDeprovisionedButSearchFindsThem() {
    okta.addUser("lea.fox@example.com", "Lea", "Fox", OktaUserStatus.ACTIVE);
    okta.addUser("max.fox@example.com", "Max", "Fox", OktaUserStatus.DEPROVISIONED);

    List<User> plain = users.listUsers(null, null, null, null, null, null, null, null);
    List<User> searched =
        users.listUsers(null, null, null, null, null, "profile.lastName eq \"fox\"", null, null);

    assertThat(plain)
        .extracting(u -> u.getProfile().getLogin())
        .containsExactly("lea.fox@example.com");
    assertThat(searched).hasSize(2);
  }

  @Test
  void listUsers_pagesWithSeparateLinkHeaders() {
    for (int i = 0; i < 5; i++) {
      okta.addUser("page" + i + "@example.com", "Page", "User" + i, OktaUserStatus.ACTIVE);
    }

    List<String> logins = new ArrayList<>();
    String after = null;
    PagedList<User> page;
    do {
      page = (PagedList<User>) users.listUsers(null, null, after, 2, null, null, null, null);
      page.forEach(user -> logins.add(user.getProfile().getLogin()));
      after = page.getAfter();
    } while (page.hasMoreItems());

    assertThat(logins).hasSize(5).doesNotHaveDuplicates();
  }

  @Test
  void lifecycle_suspendOnlyFromActiveAndDeleteTwiceDeletes() {
    UserLifecycleApi lifecycle = new UserLifecycleApi(client);
    String id = okta.addUser("ned.lowe@example.com", "Ned", "Lowe", OktaUserStatus.ACTIVE);

    lifecycle.suspendUser(id);
    assertThatThrownBy(() -> lifecycle.suspendUser(id))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(400));
    lifecycle.unsuspendUser(id);
    users.deleteUser(id, false, null);
    assertThat(okta.user("ned.lowe@example.com").orElseThrow().status())
        .isEqualTo(OktaUserStatus.DEPROVISIONED);
    users.deleteUser(id, false, null);

    assertThat(okta.user("ned.lowe@example.com")).isEmpty();
  }

  @Test
  void expirePassword_leavesUserPasswordExpired() {
    UserCredApi credentials = new UserCredApi(client);
    String id = okta.addUser("ola.berg@example.com", "Ola", "Berg", OktaUserStatus.ACTIVE);

    User user = credentials.expirePassword(id);

    assertThat(user.getStatus()).isEqualTo(UserStatus.PASSWORD_EXPIRED);
  }

  @Test
  void expirePasswordWithTempPassword_answersTempPasswordAndRedactsItInTheLog() {
    String id = okta.addUser("pia.holm@example.com", "Pia", "Holm", OktaUserStatus.ACTIVE);

    new UserCredApi(client).expirePasswordWithTempPassword(id, false);

    RecordedRequest call =
        okta.requests(
                "POST", "/api/v1/users/" + id + "/lifecycle/expire_password_with_temp_password")
            .get(0);
    assertThat(call.responseBody()).contains("{\"tempPassword\":\"[redacted]\"}");
    assertThat(okta.user("pia.holm@example.com").orElseThrow().status())
        .isEqualTo(OktaUserStatus.PASSWORD_EXPIRED);
  }

  @Test
  void groups_searchIsExactButQIsAPrefixMatch() {
    GroupApi groups = new GroupApi(client);
    okta.addGroup("eng", GroupType.OKTA_GROUP);
    okta.addGroup("eng-admins", GroupType.OKTA_GROUP);

    List<Group> exact =
        groups.listGroups(null, null, null, null, null, "profile.name eq \"eng\"", null, null);
    List<Group> prefix = groups.listGroups("eng", null, null, null, null, null, null, null);

    assertThat(exact).extracting(g -> g.getProfile().getName()).containsExactly("eng");
    assertThat(prefix).hasSize(2);
  }

  @Test
  void membership_onlyOktaGroupsAreMutable() {
    GroupApi groups = new GroupApi(client);
    String userId = okta.addUser("quinn.ray@example.com", "Quinn", "Ray", OktaUserStatus.ACTIVE);
    String okGroup = okta.addGroup("sales", GroupType.OKTA_GROUP);
    String appGroup = okta.addGroup("ad-sales", GroupType.APP_GROUP);

    groups.assignUserToGroup(okGroup, userId);
    groups.assignUserToGroup(okGroup, userId);

    assertThat(okta.memberLogins(okGroup)).containsExactly("quinn.ray@example.com");
    assertThat(new UserResourcesApi(client).listUserGroups(userId)).hasSize(1);
    assertThatThrownBy(() -> groups.assignUserToGroup(appGroup, userId))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
  }

  private static CreateUserRequest request(String login, String password) {
    UserProfile profile =
        new UserProfile().login(login).email(login).firstName("Hana").lastName(lastNameOf(login));
    CreateUserRequest request = new CreateUserRequest().profile(profile);
    if (password != null) {
      request.credentials(new UserCredentials().password(new PasswordCredential().value(password)));
    }
    return request;
  }

  private static String lastNameOf(String login) {
    String local = login.substring(0, login.indexOf('@'));
    String last = local.substring(local.indexOf('.') + 1);
    return Character.toUpperCase(last.charAt(0)) + last.substring(1);
  }
}
