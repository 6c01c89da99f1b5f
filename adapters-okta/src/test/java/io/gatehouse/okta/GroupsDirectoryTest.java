package io.gatehouse.okta;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.DirectoryGroup;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.GroupLookup;
import io.gatehouse.testkit.okta.GroupType;
import io.gatehouse.testkit.okta.OktaUserStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Group lookups by name and type, memberships, and logins Okta paths handle badly. */
class GroupsDirectoryTest extends OktaTestBase {

  @Test
  void findGroupByType_failsClosed_onNoneOrMoreThanOneOfThatType() {
    okta.addGroup("finance", GroupType.APP_GROUP);
    String oktaGroup = okta.addGroup("finance", GroupType.OKTA_GROUP);
    okta.addGroup("ops", GroupType.OKTA_GROUP);
    okta.addGroup("ops", GroupType.OKTA_GROUP);
    okta.addGroup("sales", GroupType.APP_GROUP);

    GroupLookup finance =
        directory.findGroup("finance", io.gatehouse.core.directory.GroupType.OKTA_GROUP);
    GroupLookup ops = directory.findGroup("ops", io.gatehouse.core.directory.GroupType.OKTA_GROUP);
    GroupLookup sales =
        directory.findGroup("sales", io.gatehouse.core.directory.GroupType.OKTA_GROUP);

    assertThat(finance)
        .isInstanceOfSatisfying(
            GroupLookup.Found.class, found -> assertThat(found.group().id()).isEqualTo(oktaGroup));
    assertThat(ops).isInstanceOf(GroupLookup.Ambiguous.class);
    assertThat(sales).isInstanceOf(GroupLookup.Missing.class);
  }

  @Test
  void removeFromGroup_thenAgain_isDoneThenAlreadyDone() {
    String userId = okta.addUser("ana.silva@example.com", "Ana", "Silva", OktaUserStatus.ACTIVE);
    String groupId = okta.addGroup("eng", GroupType.OKTA_GROUP);
    okta.addMembership(groupId, userId);
    DirectoryUser ana = existing("ana.silva@example.com");
    DirectoryGroup eng = new DirectoryGroup(groupId, "eng", true);

    assertThat(directory.removeFromGroup(ana, eng)).isEqualTo(ChangeResult.done());
    assertThat(directory.removeFromGroup(ana, eng)).isEqualTo(ChangeResult.alreadyDone());
    assertThat(okta.memberLogins(groupId)).isEmpty();
    assertThat(okta.requests("DELETE", "/api/v1/groups/" + groupId + "/users/" + userId))
        .hasSize(1);
  }

  @Test
  void removeFromAnAppGroup_isRefusedWithoutACall() {
    String userId = okta.addUser("ana.silva@example.com", "Ana", "Silva", OktaUserStatus.ACTIVE);
    String groupId = okta.addGroup("ad-finance", GroupType.APP_GROUP);
    okta.addMembership(groupId, userId);

    ChangeResult result =
        directory.removeFromGroup(
            existing("ana.silva@example.com"), new DirectoryGroup(groupId, "ad-finance", false));

    assertThat(result).isInstanceOf(ChangeResult.Refused.class);
    assertThat(okta.memberLogins(groupId)).containsExactly("ana.silva@example.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ana+test@example.com",
        "ana#1@example.com",
        "team/ana@example.com",
        "o'hara@example.com",
        "say\"hi\"@example.com",
        "team/\"ana\"@example.com"
      })
  void findUser_findsLoginsWithCharactersThatNeedEscaping(String login) {
    String id =
        okta.addUser(
            login, "Ana", "Silva", OktaUserStatus.ACTIVE, Map.of("email", "ana.silva@example.com"));
    okta.addUser("ana@example.com", "Ana", "Other", OktaUserStatus.ACTIVE);

    assertThat(directory.findUser(login)).hasValueSatisfying(u -> assertThat(u.id()).isEqualTo(id));
  }
}
