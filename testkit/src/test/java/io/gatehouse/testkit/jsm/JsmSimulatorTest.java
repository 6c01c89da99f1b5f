package io.gatehouse.testkit.jsm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JsmSimulatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OPEN_ALL =
      "/rest/servicedeskapi/request?serviceDeskId=3&requestStatus=OPEN_REQUESTS"
          + "&requestOwnership=ALL_REQUESTS";

  private JsmSimulator jsm;
  private JsmWorld world;

  @BeforeEach
  void startSimulator() {
    jsm = JsmSimulator.start();
    world = new JsmWorld(jsm);
  }

  @AfterEach
  void stopSimulator() {
    jsm.close();
  }

  @Test
  void everyCall_needsValidBasicAuth() {
    world.openRequest("ITS-1", JsmWorld.DANA);

    HttpResponse<String> none = world.getAs("/rest/servicedeskapi/request/ITS-1", null, null);
    HttpResponse<String> wrong =
        world.getAs("/rest/servicedeskapi/request/ITS-1", JsmWorld.AGENT_EMAIL, "nope");
    HttpResponse<String> right = world.get("/rest/servicedeskapi/request/ITS-1");

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(json(wrong).path("errorMessage").asText()).isNotBlank();
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(right.headers().firstValue("X-AACCOUNTID")).hasValue(JsmWorld.AGENT);
  }

  @Test
  void list_showsOnlyOwnRequests_whenOwnershipIsDefault() {
    world.openRequest("ITS-1", JsmWorld.DANA).openRequest("ITS-2", JsmWorld.AGENT);

    JsonNode agentDefault = json(world.get("/rest/servicedeskapi/request?serviceDeskId=3"));
    JsonNode agentAll = json(world.get(OPEN_ALL));
    JsonNode danaAll = json(world.getAs(OPEN_ALL, "dana@example.com", JsmWorld.DANA_TOKEN));

    assertThat(keys(agentDefault)).containsExactly("ITS-2");
    assertThat(keys(agentAll)).containsExactly("ITS-2", "ITS-1");
    assertThat(keys(danaAll)).isEmpty();
  }

  @Test
  void list_capsPagesAtTheServerMaximum_andEchoesTheAskedLimit() {
    for (int i = 1; i <= 5; i++) {
      world.openRequest("ITS-" + i, JsmWorld.DANA);
    }
    jsm.setMaxLimit(2);

    JsonNode page = json(world.get(OPEN_ALL + "&start=0&limit=100"));

    assertThat(page.path("size").asInt()).isEqualTo(2);
    assertThat(page.path("limit").asInt()).isEqualTo(100);
    assertThat(page.path("isLastPage").asBoolean()).isFalse();
    assertThat(page.has("total")).isFalse();
    assertThat(page.path("_links").path("next").asText()).contains("start=2");
  }

  @Test
  void list_ordersByLatestActivity_andDropsResolvedRequestsFromOpen() {
    world.openRequest("ITS-1", JsmWorld.DANA).openRequest("ITS-2", JsmWorld.DANA);
    world.openRequest("ITS-3", JsmWorld.DANA);

    world.post("/rest/servicedeskapi/request/ITS-1/comment", "{\"body\":\"x\",\"public\":false}");
    world.post("/rest/servicedeskapi/request/ITS-2/transition", "{\"id\":\"31\"}");

    assertThat(keys(json(world.get(OPEN_ALL)))).containsExactly("ITS-1", "ITS-3");
    assertThat(jsm.status("ITS-2")).isEqualTo(JsmWorld.RESOLVED);
  }

  @Test
  void list_shiftsUnderAnOffsetReader_whenARequestLeavesOpenBetweenPages() {
    for (int i = 1; i <= 5; i++) {
      world.openRequest("ITS-" + i, JsmWorld.DANA);
    }

    JsonNode first = json(world.get(OPEN_ALL + "&start=0&limit=2"));
    world.post("/rest/servicedeskapi/request/ITS-5/transition", "{\"id\":\"31\"}");
    JsonNode second = json(world.get(OPEN_ALL + "&start=2&limit=2"));

    assertThat(keys(first)).containsExactly("ITS-5", "ITS-4");
    assertThat(keys(second)).containsExactly("ITS-2", "ITS-1");
  }

  @Test
  void request_rendersEveryFieldShape_andOmitsHiddenFields() {
    world.requestWithEveryShape("ITS-7");

    JsonNode request = json(world.get("/rest/servicedeskapi/request/ITS-7"));

    assertThat(request.path("issueId").isTextual()).isTrue();
    assertThat(request.path("createdDate").path("iso8601").asText())
        .isEqualTo("2025-05-12T09:14:03+0000");
    JsonNode values = request.path("requestFieldValues");
    assertThat(values.isArray()).isTrue();
    assertThat(field(values, "customfield_10072").path("id").asText()).isEqualTo("10410");
    assertThat(field(values, "customfield_10073").size()).isEqualTo(2);
    assertThat(field(values, "customfield_10074").path("accountId").asText())
        .isEqualTo(JsmWorld.RIYA);
    assertThat(field(values, "customfield_10074").has("emailAddress")).isFalse();
    assertThat(field(values, "customfield_10077").isNumber()).isTrue();
    assertThat(field(values, "customfield_10078").isNull()).isTrue();
    assertThat(field(values, "customfield_10079").isEmpty()).isTrue();
    assertThat(field(values, "customfield_10080").isMissingNode()).isTrue();
  }

  @Test
  void approvals_areLowerCase_andCompletedOnlyWhenDecided() {
    world.openRequest("ITS-1", JsmWorld.DANA).approvals("ITS-1");

    JsonNode values = json(world.get("/rest/servicedeskapi/request/ITS-1/approval")).path("values");

    assertThat(values.get(0).path("finalDecision").asText()).isEqualTo("approved");
    assertThat(values.get(0).has("completedDate")).isTrue();
    assertThat(values.get(1).path("finalDecision").asText()).isEqualTo("pending");
    assertThat(values.get(1).has("completedDate")).isFalse();
    assertThat(values.get(1).path("canAnswerApproval").asBoolean()).isTrue();
  }

  @Test
  void comment_keepsItsVisibility_andCustomersSeeOnlyPublicOnes() {
    world.openRequest("ITS-1", JsmWorld.DANA);
    world.post(
        "/rest/servicedeskapi/request/ITS-1/comment", "{\"body\":\"inside\",\"public\":false}");
    world.post(
        "/rest/servicedeskapi/request/ITS-1/comment", "{\"body\":\"hello\",\"public\":true}");

    JsonNode asDana =
        json(
            world.getAs(
                "/rest/servicedeskapi/request/ITS-1/comment",
                "dana@example.com",
                JsmWorld.DANA_TOKEN));

    assertThat(jsm.comments("ITS-1"))
        .extracting(JsmComment::body, JsmComment::isPublic)
        .containsExactly(Tuple.tuple("inside", false), Tuple.tuple("hello", true));
    assertThat(asDana.path("size").asInt()).isEqualTo(1);
    assertThat(asDana.path("values").get(0).path("body").asText()).isEqualTo("hello");
  }

  @Test
  void transitions_dependOnTheCurrentStatus() {
    world.openRequest("ITS-1", JsmWorld.DANA);
    world.post("/rest/servicedeskapi/request/ITS-1/transition", "{\"id\":\"31\"}");

    JsonNode after = json(world.get("/rest/servicedeskapi/request/ITS-1/transition"));
    HttpResponse<String> again =
        world.post("/rest/servicedeskapi/request/ITS-1/transition", "{\"id\":\"31\"}");

    assertThat(after.path("size").asInt()).isZero();
    assertThat(again.statusCode()).isEqualTo(400);
  }

  @Test
  void cannedResponses_answerTheNextCalls_thenTheSimulatorAnswersAgain() {
    world.openRequest("ITS-1", JsmWorld.DANA);
    jsm.enqueue(
        "/rest/servicedeskapi/request/ITS-1",
        CannedResponse.tooManyRequests(7),
        CannedResponse.serviceUnavailable(null));

    HttpResponse<String> first = world.get("/rest/servicedeskapi/request/ITS-1");
    HttpResponse<String> second = world.get("/rest/servicedeskapi/request/ITS-1");
    HttpResponse<String> third = world.get("/rest/servicedeskapi/request/ITS-1");

    assertThat(first.statusCode()).isEqualTo(429);
    assertThat(first.headers().firstValue("Retry-After")).hasValue("7");
    assertThat(second.statusCode()).isEqualTo(503);
    assertThat(third.statusCode()).isEqualTo(200);
  }

  @Test
  void recordedCalls_keepQueryAndBody_butRedactAuthorization() {
    world.openRequest("ITS-1", JsmWorld.DANA);
    world.post("/rest/servicedeskapi/request/ITS-1/comment", "{\"body\":\"x\",\"public\":true}");

    RecordedRequest call = jsm.recorded().get(0);

    assertThat(call.method()).isEqualTo("POST");
    assertThat(call.path()).isEqualTo("/rest/servicedeskapi/request/ITS-1/comment");
    assertThat(call.body()).contains("\"public\":true");
    assertThat(call.header("Authorization")).hasValue("[redacted]");
    assertThat(call.toString()).doesNotContain(JsmWorld.AGENT_TOKEN);
  }

  @Test
  void concurrentComments_areAllKept_withDistinctIds() throws Exception {
    world.openRequest("ITS-1", JsmWorld.DANA);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<HttpResponse<String>>> posts = new ArrayList<>();

    for (int i = 0; i < 40; i++) {
      String body = "{\"body\":\"note " + i + "\",\"public\":false}";
      posts.add(pool.submit(() -> world.post("/rest/servicedeskapi/request/ITS-1/comment", body)));
    }
    for (Future<HttpResponse<String>> post : posts) {
      assertThat(post.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
    }
    pool.shutdown();

    assertThat(jsm.comments("ITS-1")).hasSize(40);
    assertThat(jsm.comments("ITS-1").stream().map(JsmComment::id).distinct()).hasSize(40);
    assertThat(jsm.recorded()).hasSize(40);
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> keys(JsonNode page) {
    List<String> keys = new ArrayList<>();
    page.path("values").forEach(value -> keys.add(value.path("issueKey").asText()));
    return keys;
  }

  private static JsonNode field(JsonNode values, String fieldId) {
    for (JsonNode value : values) {
      if (value.path("fieldId").asText().equals(fieldId)) {
        return value.path("value");
      }
    }
    return MissingNode.getInstance();
  }
}
