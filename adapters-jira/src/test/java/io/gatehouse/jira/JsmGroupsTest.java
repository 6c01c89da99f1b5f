package io.gatehouse.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.port.ServiceDeskException;
import io.gatehouse.core.request.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The groups of an approver, read through the platform API for group-based approval rules. */
class JsmGroupsTest {
  private final JsmDeskFixture fixture = new JsmDeskFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void groupsOf_readsTheAccountsJiraGroups() {
    fixture.jsm.addGroupMember("it-approvers", JsmDeskFixture.RIYA);
    fixture.jsm.addGroupMember("staff", JsmDeskFixture.RIYA);

    assertThat(fixture.desk().groupsOf(Person.of(JsmDeskFixture.RIYA, "Riya Patel")))
        .containsExactlyInAnyOrder("it-approvers", "staff");
    assertThat(fixture.jsm.recorded())
        .anySatisfy(
            call -> {
              assertThat(call.path()).isEqualTo("/rest/api/3/user/groups");
              assertThat(call.query()).contains("accountId=acc-riya");
            });
  }

  @Test
  void groupsOf_isEmpty_forAnAccountInNoGroup() {
    assertThat(fixture.desk().groupsOf(Person.of(JsmDeskFixture.DANA, "Dana Lee"))).isEmpty();
  }

  @Test
  void groupsOf_failsWithTheDesksText_forAnUnknownAccount() {
    assertThatThrownBy(() -> fixture.desk().groupsOf(Person.of("acc-nobody", "Nobody")))
        .isInstanceOf(ServiceDeskException.class)
        .hasMessageContaining("was not found");
  }
}
