package io.gatehouse.okta;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.CreateUserResult;
import io.gatehouse.core.directory.DirectoryGroup;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.GroupLookup;
import io.gatehouse.core.directory.NewUser;
import io.gatehouse.core.directory.UserStatus;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.secret.Secret;
import io.gatehouse.testkit.okta.GroupType;
import io.gatehouse.testkit.okta.OktaOpenApi;
import io.gatehouse.testkit.okta.OktaSimulator;
import io.gatehouse.testkit.okta.OktaUserStatus;
import io.gatehouse.testkit.okta.RecordedRequest;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the Okta directory does, whatever the credential; subclasses choose the credential. */
abstract class IdentityDirectoryContract {
  static final Secret PASSWORD = Secret.of("Vq7-lamp-Orbit-41");

  private static Optional<OktaOpenApi> description;

  OktaSimulator okta;
  IdentityDirectory directory;

  /** Registers the credential with the simulator and answers a directory that uses it. */
  abstract IdentityDirectory connect(OktaSimulator okta);

  @BeforeAll
  static void loadDescription() {
    if (description == null) {
      description = OktaOpenApi.load();
    }
  }

  @BeforeEach
  void connectToOkta() {
    okta = OktaSimulator.start();
    directory = connect(okta);
  }

  /** Every request the adapter sent, and every answer, fits Okta's description when present. */
  @AfterEach
  void checkExchangesAndStop() {
    try {
      description.ifPresent(
          spec -> assertThat(okta.requests()).flatMap(spec::violations).isEmpty());
    } finally {
      okta.close();
    }
  }

  @Test
  void oktaDescription_isAvailableForTheExchangeChecks() {
    Assumptions.assumeTrue(
        description.isPresent(),
        "Okta description not found at "
            + OktaOpenApi.expectedLocation()
            + "; exchanges are not checked against it");
  }

  @Test
  void findUser_doesNotTakeALoginShortnameForTheLogin() {
    okta.addUser("mia.park@example.com", "Mia", "Park", OktaUserStatus.ACTIVE);

    assertThat(directory.findUser("mia.park")).isEmpty();
    assertThat(directory.findUser("MIA.PARK@example.com")).isPresent();
  }

  @Test
  void createUser_withPassword_isActivatedWithPasswordExpired() {
    CreateUserResult result = directory.createUser(newUser("ana.silva"), Optional.of(PASSWORD));

    assertThat(result)
        .isInstanceOfSatisfying(
            CreateUserResult.Created.class,
            created -> assertThat(created.user().status()).isEqualTo(UserStatus.PASSWORD_EXPIRED));
    assertThat(okta.user("ana.silva@example.com").orElseThrow().profile())
        .containsEntry("department", "Finance")
        .containsEntry("firstName", "Ana");
    RecordedRequest create = okta.requests("POST", "/api/v1/users").get(0);
    assertThat(create.queryParam("activate")).contains("true");
    assertThat(create.queryParam("nextLogin")).contains("changePassword");
    assertThat(create.body().orElseThrow())
        .contains("\"department\":\"Finance\"")
        .doesNotContain(PASSWORD.reveal());
  }

  @Test
  void createUser_withoutPassword_isProvisionedAndOktaSendsTheActivationEmail() {
    CreateUserResult result = directory.createUser(newUser("ben.okafor"), Optional.empty());

    assertThat(result)
        .isInstanceOfSatisfying(
            CreateUserResult.Created.class,
            created -> assertThat(created.user().status()).isEqualTo(UserStatus.PROVISIONED));
    RecordedRequest create = okta.requests("POST", "/api/v1/users").get(0);
    assertThat(create.queryParam("activate")).contains("true");
    assertThat(create.queryParam("nextLogin")).isEmpty();
    assertThat(create.body().orElseThrow()).doesNotContain("credentials");
    assertThat(okta.activationEmails()).containsExactly("ben.okafor@example.com");
  }

  @Test
  void createUser_whenLoginIsHeld_answersLoginTakenWithTheHolder() {
    String holderId = okta.addUser("cho.min@example.com", "Cho", "Min", OktaUserStatus.SUSPENDED);

    CreateUserResult result = directory.createUser(newUser("cho.min"), Optional.of(PASSWORD));

    assertThat(result)
        .isInstanceOfSatisfying(
            CreateUserResult.LoginTaken.class,
            taken -> {
              assertThat(taken.holder().id()).isEqualTo(holderId);
              assertThat(taken.holder().status()).isEqualTo(UserStatus.SUSPENDED);
            });
  }

  @Test
  void createUser_whenPasswordBreaksPolicy_isRefusedWithoutThePassword() {
    Secret weak = Secret.of("Kowalski2025ab");

    CreateUserResult result =
        directory.createUser(
            new NewUser(
                "dana.kowalski@example.com",
                "dana.kowalski@example.com",
                "Dana",
                "Kowalski",
                Map.of()),
            Optional.of(weak));

    assertThat(result)
        .isInstanceOfSatisfying(
            CreateUserResult.Refused.class,
            refused ->
                assertThat(refused.reason())
                    .contains("password")
                    .doesNotContain(weak.reveal())
                    .doesNotContain("Kowalski2025"));
    assertThat(okta.user("dana.kowalski@example.com")).isEmpty();
  }

  @Test
  void findUser_findsAnAccountJustCreatedAndNothingForAnUnknownLogin() {
    directory.createUser(newUser("eli.stone"), Optional.of(PASSWORD));

    assertThat(directory.findUser("eli.stone@example.com")).isPresent();
    assertThat(directory.findUser("nobody@example.com")).isEmpty();
  }

  @Test
  void findUser_findsDeprovisionedAccounts() {
    okta.addUser("fay.wong@example.com", "Fay", "Wong", OktaUserStatus.DEPROVISIONED);

    assertThat(directory.findUser("fay.wong@example.com"))
        .hasValueSatisfying(user -> assertThat(user.status()).isEqualTo(UserStatus.DEPROVISIONED));
  }

  @Test
  void findGroup_matchesTheExactNameOnly_acrossPages() {
    okta.setMaxPageSize(1);
    okta.addGroup("eng-admins", GroupType.OKTA_GROUP);
    okta.addGroup("Eng", GroupType.OKTA_GROUP);
    String engId = okta.addGroup("eng", GroupType.OKTA_GROUP);

    GroupLookup lookup = directory.findGroup("eng");

    assertThat(lookup).isEqualTo(new GroupLookup.Found(new DirectoryGroup(engId, "eng", true)));
    assertThat(okta.requests("GET", "/api/v1/groups"))
        .allSatisfy(r -> assertThat(r.queryParam("search")).contains("profile.name eq \"eng\""));
  }

  @Test
  void findGroup_answersAmbiguousAndMissing() {
    okta.addGroup("finance", GroupType.OKTA_GROUP);
    okta.addGroup("finance", GroupType.APP_GROUP);

    assertThat(directory.findGroup("finance")).isEqualTo(new GroupLookup.Ambiguous("finance", 2));
    assertThat(directory.findGroup("fin")).isEqualTo(new GroupLookup.Missing("fin"));
  }

  @Test
  void findGroup_escapesQuotesInTheName() {
    String id = okta.addGroup("ops \"blue\"", GroupType.OKTA_GROUP);

    assertThat(directory.findGroup("ops \"blue\""))
        .isEqualTo(new GroupLookup.Found(new DirectoryGroup(id, "ops \"blue\"", true)));
  }

  @Test
  void addToGroup_twice_isDoneThenAlreadyDone() {
    DirectoryUser user = created("gus.berg");
    DirectoryGroup group = found(okta.addGroup("sales", GroupType.OKTA_GROUP), "sales");

    ChangeResult first = directory.addToGroup(user, group);
    ChangeResult second = directory.addToGroup(user, group);

    assertThat(first).isEqualTo(ChangeResult.done());
    assertThat(second).isEqualTo(ChangeResult.alreadyDone());
    assertThat(okta.memberLogins(group.id())).containsExactly("gus.berg@example.com");
    assertThat(okta.requests("PUT", "/api/v1/groups/" + group.id() + "/users/" + user.id()))
        .hasSize(1);
  }

  @Test
  void addToGroup_seesMembershipsOnLaterPages() {
    okta.setMaxPageSize(1);
    DirectoryUser user = created("hal.ives");
    String other = okta.addGroup("other", GroupType.OKTA_GROUP);
    String target = okta.addGroup("target", GroupType.OKTA_GROUP);
    okta.addMembership(other, user.id());
    okta.addMembership(target, user.id());

    ChangeResult result = directory.addToGroup(user, new DirectoryGroup(target, "target", true));

    assertThat(result).isEqualTo(ChangeResult.alreadyDone());
  }

  @Test
  void addToGroup_appGroup_isRefusedWithoutACall() {
    DirectoryUser user = created("ida.ross");
    String appGroup = okta.addGroup("ad-finance", GroupType.APP_GROUP);
    okta.clearRequests();

    GroupLookup lookup = directory.findGroup("ad-finance");
    DirectoryGroup group = ((GroupLookup.Found) lookup).group();
    ChangeResult result = directory.addToGroup(user, group);

    assertThat(group.managedHere()).isFalse();
    assertThat(result).isInstanceOf(ChangeResult.Refused.class);
    assertThat(okta.requests("PUT", "/api/v1/groups/" + appGroup + "/users/" + user.id()))
        .isEmpty();
  }

  @Test
  void setTemporaryPassword_leavesTheAccountPasswordExpired() {
    CreateUserResult created = directory.createUser(newUser("jon.lund"), Optional.empty());
    DirectoryUser user = ((CreateUserResult.Created) created).user();
    Secret temporary = Secret.of("Tz8-quiet-Harbor");

    ChangeResult result = directory.setTemporaryPassword(user, temporary);

    assertThat(result).isEqualTo(ChangeResult.done());
    assertThat(okta.user("jon.lund@example.com").orElseThrow().status())
        .isEqualTo(OktaUserStatus.PASSWORD_EXPIRED);
    assertThat(okta.requests())
        .allSatisfy(r -> assertThat(r.body().orElse("")).doesNotContain(temporary.reveal()));
  }

  static NewUser newUser(String localPart) {
    String login = localPart + "@example.com";
    String[] names = localPart.split("\\.");
    return new NewUser(
        login, login, capital(names[0]), capital(names[1]), Map.of("department", "Finance"));
  }

  DirectoryUser created(String localPart) {
    CreateUserResult result = directory.createUser(newUser(localPart), Optional.of(PASSWORD));
    return ((CreateUserResult.Created) result).user();
  }

  DirectoryGroup found(String id, String name) {
    return new DirectoryGroup(id, name, true);
  }

  private static String capital(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
