package io.gatehouse.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.catalog.Action;
import io.gatehouse.core.catalog.RequestType;
import io.gatehouse.core.catalog.Role;
import io.gatehouse.core.directory.CredentialDelivery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code action} of a request type, and the fields each action requires. */
class RequestTypeActionsConfigTest {
  @TempDir Path dir;
  private final ConfigLoader loader = new ConfigLoader();

  @Test
  void load_readsAnOffboardType_namingTheAccountByItsLoginField() throws IOException {
    GatehouseConfig config =
        loader.load(
            write(
                """
                  - id: "30"
                    action: offboard
                    fields: {login: customfield_10080}
                """));

    RequestType offboard = config.catalog().find("30").orElseThrow();
    assertThat(offboard.action()).isEqualTo(Action.OFFBOARD);
    assertThat(offboard.fieldFor(Role.LOGIN)).contains("customfield_10080");
  }

  @Test
  void load_readsTheStatusActions_withTheirCredentialDelivery() throws IOException {
    GatehouseConfig config =
        loader.load(
            write(
                """
                  - id: "33"
                    action: reset-password
                    credentialDelivery: activation-email
                    fields: {login: customfield_10080}
                  - id: "34"
                    action: unlock
                    fields: {email: customfield_10071}
                  - id: "35"
                    action: suspend
                    fields: {login: customfield_10080}
                  - id: "36"
                    action: unsuspend
                    fields: {login: customfield_10080}
                """));

    assertThat(config.catalog().types())
        .extracting(RequestType::action)
        .containsExactly(Action.RESET_PASSWORD, Action.UNLOCK, Action.SUSPEND, Action.UNSUSPEND);
    assertThat(config.catalog().find("33").orElseThrow().credentialDelivery())
        .isEqualTo(CredentialDelivery.ACTIVATION_EMAIL);
  }

  @Test
  void load_reportsAnOffboardTypeWithoutLoginOrEmail_withTheKey() throws IOException {
    Path file =
        write(
            """
              - id: "30"
                action: offboard
                fields: {firstName: customfield_10070}
            """);

    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .containsExactly(
                        "requestTypes[0].fields.login: is required for action offboard (or"
                            + " email), to name the account",
                        "requestTypes[0].fields.firstName: is not used by action offboard"));
  }

  @Test
  void load_reportsAGroupTypeWithoutGroupsFieldOrAllowList_eachWithItsKey() throws IOException {
    Path file =
        write(
            """
              - id: "31"
                action: grant-groups
                fields: {login: customfield_10080}
              - id: "32"
                action: revoke-groups
                fields: {email: customfield_10071, groups: customfield_10073}
                allowedGroups: [vpn-users]
            """);

    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .containsExactlyInAnyOrder(
                        "requestTypes[0].fields.groups: is required for action grant-groups",
                        "requestTypes[0].allowedGroups: must list the groups requests may name,"
                            + " for action grant-groups"));
  }

  @Test
  void load_namesEveryAction_whenTheActionIsUnknown() throws IOException {
    Path file =
        write(
            """
              - id: "30"
                action: delete
                fields: {login: customfield_10080}
            """);

    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .anySatisfy(
                        p ->
                            assertThat(p)
                                .startsWith("requestTypes[0].action: 'delete' is not an action")
                                .contains("offboard")));
  }

  private Path write(String requestTypes) throws IOException {
    Path file = dir.resolve("gatehouse.yaml");
    Files.writeString(
        file,
        """
        jira:
          baseUrl: https://acme.atlassian.net
          serviceDeskId: "3"
          email: bot@acme.example
          apiToken: env:JIRA_TOKEN
        okta:
          orgUrl: https://acme.okta.com
          apiToken: file:okta-token
        requestTypes:
        """
            + requestTypes);
    return file;
  }
}
