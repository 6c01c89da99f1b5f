package io.gatehouse.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.lambda.config.LambdaSettings;
import io.gatehouse.lambda.support.World;
import io.gatehouse.lambda.wiring.Graphs;
import io.gatehouse.testkit.jsm.JsmAccount;
import io.gatehouse.testkit.jsm.JsmApproval;
import io.gatehouse.testkit.jsm.JsmApproval.Approver;
import io.gatehouse.testkit.jsm.JsmApproval.Decision;
import io.gatehouse.testkit.jsm.JsmComment;
import io.gatehouse.testkit.jsm.JsmField;
import io.gatehouse.testkit.jsm.JsmField.Option;
import io.gatehouse.testkit.jsm.JsmRequest;
import io.gatehouse.testkit.jsm.JsmTransition;
import io.gatehouse.testkit.okta.OktaUserStatus;
import io.gatehouse.testkit.okta.UserView;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Lambda functions read the same request catalog as the standalone runtime: every action,
 * approvers limited to Jira groups, hidden fields and resolution by target status, end to end
 * through the worker's entry point against both simulators.
 */
class EveryActionOnLambdaTest {
  private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
  private static final String OFFBOARD = "ITS-201";
  private static final String GRANT_BY_MEMBER = "ITS-202";
  private static final String GRANT_BY_OUTSIDER = "ITS-203";

  private World world;

  @BeforeEach
  void start() {
    world = World.start();
    world
        .jsm
        .addAccount(JsmAccount.customer("acc-omar", "Omar Haddad", "omar@acme.example"))
        .addGroupMember("it-approvers", "acc-riya")
        .addRequestType("3", "30", "Leaver")
        .addRequestType("3", "31", "Group access")
        .setTransitions(
            World.OPEN,
            new JsmTransition("41", "Close as done", World.RESOLVED).requiring("resolution"));
    world.okta.addUser("lee.chan@acme.example", "Lee", "Chan", OktaUserStatus.ACTIVE);
    world.okta.addUser("ana.ruiz@acme.example", "Ana", "Ruiz", OktaUserStatus.ACTIVE);

    // The leaver's login sits in a field hidden from the portal form.
    request(
        OFFBOARD,
        "30",
        JsmField.text("customfield_10080", "Login", "lee.chan@acme.example").asHidden(),
        "acc-riya");
    request(
        GRANT_BY_MEMBER,
        "31",
        JsmField.text("customfield_10080", "Login", "ana.ruiz@acme.example"),
        "acc-riya");
    world
        .jsm
        .addRequest(
            JsmRequest.builder(GRANT_BY_OUTSIDER)
                .desk("3")
                .type("31")
                .reporter("acc-dana")
                .created(MONDAY)
                .summary("VPN for Ana")
                .field(JsmField.text("customfield_10080", "Login", "ana.ruiz@acme.example"))
                .field(JsmField.options("customfield_10073", "Groups", new Option("1", "okta-eng")))
                .build())
        .addApproval(
            GRANT_BY_OUTSIDER,
            JsmApproval.of(
                "503",
                "Access approval",
                Decision.APPROVED,
                MONDAY.plusSeconds(600),
                new Approver("acc-omar", Decision.APPROVED)));
  }

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void worker_offboardsAndGrants_andRefusesAnApproverOutsideTheAllowedGroup() {
    ProvisioningHandler handler = handler();

    JsonNode answer = Invoke.stream(handler, "{\"gatehouse\":\"run\",\"correlationId\":\"run-1\"}");

    JsonNode outcomes = answer.path("outcomes");
    assertThat(outcomes.path(OFFBOARD).asText()).isEqualTo("PROVISIONED");
    assertThat(outcomes.path(GRANT_BY_MEMBER).asText()).isEqualTo("PROVISIONED");
    assertThat(outcomes.path(GRANT_BY_OUTSIDER).asText()).isEqualTo("REJECTED");
    assertThat(world.okta.user("lee.chan@acme.example").map(UserView::status))
        .contains(OktaUserStatus.DEPROVISIONED);
    assertThat(world.okta.user("ana.ruiz@acme.example").orElseThrow().groupNames())
        .containsExactly("vpn-users");
    assertThat(world.jsm.status(OFFBOARD)).isEqualTo(World.RESOLVED);
    assertThat(world.jsm.status(GRANT_BY_MEMBER)).isEqualTo(World.RESOLVED);
    assertThat(world.jsm.status(GRANT_BY_OUTSIDER)).isEqualTo(World.OPEN);
    assertThat(world.jsm.comments(GRANT_BY_OUTSIDER))
        .singleElement()
        .satisfies(comment -> assertThat(comment.isPublic()).isFalse())
        .extracting(JsmComment::body)
        .asString()
        .contains(
            "Omar Haddad (not an allowed approver; approvers must be members of it-approvers)");
  }

  @Test
  void worker_startsAtlantisForTheLeaver_butNotForAGroupChange() {
    Invoke.stream(handler(), "{\"gatehouse\":\"run\",\"correlationId\":\"run-1\"}");

    assertThat(world.ports.tasks.started())
        .filteredOn(launch -> !launch.requestKey().value().equals(World.APPROVED))
        .singleElement()
        .satisfies(
            launch ->
                assertThat(launch.environment())
                    .containsEntry("GATEHOUSE_REQUEST_KEY", OFFBOARD)
                    .containsEntry("GATEHOUSE_ACTION", "offboard"));
  }

  @Test
  void requestType_canTurnTheInfrastructureStageOnForAnAction() {
    ProvisioningHandler handler =
        handler(
            "    approval: {allowedApproverGroups: [it-approvers]}\n    infrastructureStage: true\n");

    Invoke.stream(handler, "{\"gatehouse\":\"run\",\"correlationId\":\"run-1\"}");

    assertThat(world.ports.tasks.started())
        .extracting(launch -> launch.requestKey().value())
        .containsExactlyInAnyOrder(World.APPROVED, OFFBOARD, GRANT_BY_MEMBER);
  }

  @Test
  void secondRun_changesNothing_andRepeatsNoComment() {
    Invoke.stream(handler(), "{\"gatehouse\":\"run\",\"correlationId\":\"run-1\"}");
    int comments = world.jsm.comments(GRANT_BY_OUTSIDER).size();
    world.okta.clearRequests();

    Invoke.stream(handler(), "{\"gatehouse\":\"run\",\"correlationId\":\"run-2\"}");

    assertThat(world.okta.requests()).noneMatch(request -> !request.method().equals("GET"));
    assertThat(world.jsm.comments(GRANT_BY_OUTSIDER)).hasSize(comments);
  }

  private ProvisioningHandler handler() {
    return handler("");
  }

  /** The worker, with lines added to the end of the group access type. */
  private ProvisioningHandler handler(String groupAccessExtra) {
    Map<String, String> env = world.environment();
    env.put(
        "GATEHOUSE_CONFIG",
        world
                .config()
                .replace(
                    "  email: bot@acme.example\n",
                    """
                      email: bot@acme.example
                      resolveStatus: Resolved
                      resolution: Done
                      hiddenFields: [customfield_10080]
                    """)
            + """
              - id: "30"
                name: Leaver
                action: offboard
                fields: {login: customfield_10080}
                approval: {allowedApproverGroups: [it-approvers]}
              - id: "31"
                name: Group access
                action: grant-groups
                fields: {login: customfield_10080, groups: customfield_10073}
                allowedGroups: [vpn-users, okta-eng]
            """
            + (groupAccessExtra.isEmpty()
                ? "    approval: {allowedApproverGroups: [it-approvers]}\n"
                : groupAccessExtra));
    return new ProvisioningHandler(Graphs.worker(LambdaSettings.worker(env), world.ports));
  }

  private void request(String key, String type, JsmField login, String approver) {
    world
        .jsm
        .addRequest(
            JsmRequest.builder(key)
                .desk("3")
                .type(type)
                .reporter("acc-dana")
                .created(MONDAY)
                .summary("Request " + key)
                .field(login)
                .field(
                    JsmField.options("customfield_10073", "Groups", new Option("2", "vpn-users")))
                .build())
        .addApproval(
            key,
            JsmApproval.of(
                "5" + key.substring(4),
                "Approval",
                Decision.APPROVED,
                MONDAY.plusSeconds(600),
                new Approver(approver, Decision.APPROVED)));
  }
}
