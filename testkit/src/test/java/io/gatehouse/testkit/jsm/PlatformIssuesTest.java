package io.gatehouse.testkit.jsm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulator's platform issue and workflow transition calls. */
class PlatformIssuesTest {
  private final JsmSimulator jsm = JsmSimulator.start();
  private final JsmWorld world = new JsmWorld(jsm).requestWithEveryShape("ITS-1");

  @AfterEach
  void stop() {
    jsm.close();
  }

  @Test
  void issue_showsAHiddenField_anEmptyOneAsNull_andLeavesOutFieldsTheIssueLacks() {
    HttpResponse<String> response =
        world.get("/rest/api/3/issue/ITS-1?fields=customfield_10080,customfield_10078,nope_1");

    JsonNode fields = JsmJson.readTree(response.body()).path("fields");
    assertThat(fields.path("customfield_10080").asText()).isEqualTo("app-secret");
    assertThat(fields.has("customfield_10078")).isTrue();
    assertThat(fields.get("customfield_10078").isNull()).isTrue();
    assertThat(fields.has("nope_1")).isFalse();
  }

  @Test
  void transitions_listTheTargetStatus_andRequiredFieldsOnlyWhenExpanded() {
    jsm.setTransitions(
        JsmWorld.WAITING,
        new JsmTransition("31", "Resolve this issue", JsmWorld.RESOLVED).requiring("resolution"));

    JsonNode plain =
        JsmJson.readTree(world.get("/rest/api/3/issue/ITS-1/transitions").body())
            .path("transitions")
            .get(0);
    JsonNode expanded =
        JsmJson.readTree(
                world.get("/rest/api/3/issue/ITS-1/transitions?expand=transitions.fields").body())
            .path("transitions")
            .get(0);

    assertThat(plain.path("to").path("name").asText()).isEqualTo("Resolved");
    assertThat(plain.path("to").path("statusCategory").path("key").asText()).isEqualTo("done");
    assertThat(plain.has("fields")).isFalse();
    assertThat(expanded.path("fields").path("resolution").path("required").asBoolean()).isTrue();
  }

  @Test
  void transition_isRefusedInThePlatformShape_whenARequiredFieldIsMissing() {
    jsm.setTransitions(
        JsmWorld.WAITING,
        new JsmTransition("31", "Resolve this issue", JsmWorld.RESOLVED).requiring("resolution"));

    HttpResponse<String> refused =
        world.post("/rest/api/3/issue/ITS-1/transitions", "{\"transition\":{\"id\":\"31\"}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    JsonNode body = JsmJson.readTree(refused.body());
    assertThat(body.path("errorMessages").isEmpty()).isTrue();
    assertThat(body.path("errors").path("resolution").asText())
        .isEqualTo("Field 'resolution' is required");
    assertThat(jsm.status("ITS-1")).isEqualTo(JsmWorld.WAITING);
  }

  @Test
  void transition_movesTheRequest_andIsRefusedForAnIdNotOfferedFromItsStatus() {
    HttpResponse<String> done =
        world.post("/rest/api/3/issue/ITS-1/transitions", "{\"transition\":{\"id\":\"31\"}}");
    HttpResponse<String> again =
        world.post("/rest/api/3/issue/ITS-1/transitions", "{\"transition\":{\"id\":\"31\"}}");

    assertThat(done.statusCode()).isEqualTo(204);
    assertThat(jsm.status("ITS-1")).isEqualTo(JsmWorld.RESOLVED);
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(JsmJson.readTree(again.body()).path("errorMessages").get(0).asText())
        .contains("not valid");
  }

  @Test
  void transitions_areEmpty_forACustomerWithoutTransitionIssues() {
    HttpResponse<String> response =
        world.getAs("/rest/api/3/issue/ITS-1/transitions", "dana@example.com", JsmWorld.DANA_TOKEN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JsmJson.readTree(response.body()).path("transitions").isEmpty()).isTrue();
  }
}
