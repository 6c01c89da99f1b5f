package io.gatehouse.testkit.jsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Holds the simulator's answers to Atlassian's published description of the JSM Cloud API. */
class JsmSimulatorContractTest {
  private static OpenApiInteractionValidator validator;

  private JsmSimulator jsm;
  private JsmWorld world;

  @BeforeAll
  static void loadSpec() {
    Optional<Path> spec = SpecFiles.spec("jira-service-management.json");
    assumeTrue(
        spec.isPresent(),
        "skipped: ../shared/specs/jira-service-management.json is not beside the repository root");
    // The published description repeats six operationIds (knowledge base, organizations,
    // request type properties), which the validator's own loader rejects outright; parsing it
    // here keeps those warnings out of the way of the paths under test.
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    OpenAPI api = new OpenAPIV3Parser().read(spec.get().toUri().toString(), null, options);
    validator =
        OpenApiInteractionValidator.createFor(api)
            .withLevelResolver(
                LevelResolver.create()
                    // The description types each operation's security as OAuth2 only, while the
                    // same API takes basic auth; only responses are checked here.
                    .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                    .build())
            .build();
  }

  @BeforeEach
  void startSimulator() {
    jsm = JsmSimulator.start();
    world = new JsmWorld(jsm).requestWithEveryShape("ITS-1").approvals("ITS-1");
  }

  @AfterEach
  void stopSimulator() {
    jsm.close();
  }

  @Test
  void requestList_matchesTheDescription() {
    HttpResponse<String> response =
        world.get(
            "/rest/servicedeskapi/request?serviceDeskId=3&requestStatus=OPEN_REQUESTS"
                + "&requestOwnership=ALL_REQUESTS&start=0&limit=10");

    assertThat(response.statusCode()).isEqualTo(200);
    assertValid("/rest/servicedeskapi/request", Request.Method.GET, response);
  }

  @Test
  void singleRequest_matchesTheDescription() {
    HttpResponse<String> response = world.get("/rest/servicedeskapi/request/ITS-1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertValid("/rest/servicedeskapi/request/ITS-1", Request.Method.GET, response);
  }

  @Test
  void approvals_matchTheDescription() {
    HttpResponse<String> response = world.get("/rest/servicedeskapi/request/ITS-1/approval");

    assertThat(response.statusCode()).isEqualTo(200);
    assertValid("/rest/servicedeskapi/request/ITS-1/approval", Request.Method.GET, response);
  }

  @Test
  void commentCreated_matchesTheDescription() {
    HttpResponse<String> response =
        world.post(
            "/rest/servicedeskapi/request/ITS-1/comment", "{\"body\":\"hi\",\"public\":false}");

    assertThat(response.statusCode()).isEqualTo(201);
    assertValid("/rest/servicedeskapi/request/ITS-1/comment", Request.Method.POST, response);
  }

  @Test
  void commentList_matchesTheDescription() {
    world.post("/rest/servicedeskapi/request/ITS-1/comment", "{\"body\":\"hi\",\"public\":true}");

    HttpResponse<String> response = world.get("/rest/servicedeskapi/request/ITS-1/comment");

    assertThat(response.statusCode()).isEqualTo(200);
    assertValid("/rest/servicedeskapi/request/ITS-1/comment", Request.Method.GET, response);
  }

  @Test
  void transitions_matchTheDescription() {
    HttpResponse<String> listed = world.get("/rest/servicedeskapi/request/ITS-1/transition");
    HttpResponse<String> done =
        world.post("/rest/servicedeskapi/request/ITS-1/transition", "{\"id\":\"31\"}");

    assertThat(listed.statusCode()).isEqualTo(200);
    assertValid("/rest/servicedeskapi/request/ITS-1/transition", Request.Method.GET, listed);
    assertThat(done.statusCode()).isEqualTo(204);
    assertValid("/rest/servicedeskapi/request/ITS-1/transition", Request.Method.POST, done);
  }

  @Test
  void errorBodies_matchTheDescription() {
    HttpResponse<String> unauthorized =
        world.getAs("/rest/servicedeskapi/request", "gatehouse@example.com", "wrong");
    HttpResponse<String> missing = world.get("/rest/servicedeskapi/request/ITS-999");
    HttpResponse<String> noPublic =
        world.post("/rest/servicedeskapi/request/ITS-1/comment", "{\"body\":\"hi\"}");
    HttpResponse<String> badTransition =
        world.post("/rest/servicedeskapi/request/ITS-1/transition", "{\"id\":\"999\"}");

    assertThat(unauthorized.statusCode()).isEqualTo(401);
    assertValid("/rest/servicedeskapi/request", Request.Method.GET, unauthorized);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertValid("/rest/servicedeskapi/request/ITS-999", Request.Method.GET, missing);
    assertThat(noPublic.statusCode()).isEqualTo(400);
    assertValid("/rest/servicedeskapi/request/ITS-1/comment", Request.Method.POST, noPublic);
    assertThat(badTransition.statusCode()).isEqualTo(400);
    assertValid(
        "/rest/servicedeskapi/request/ITS-1/transition", Request.Method.POST, badTransition);
  }

  @Test
  void validator_rejectsAMapOfFieldValuesAndANumericId() {
    String wrong =
        "{\"issueId\":20431,\"issueKey\":\"ITS-1\",\"requestFieldValues\":{\"summary\":\"x\"}}";

    ValidationReport report =
        validator.validateResponse(
            "/rest/servicedeskapi/request/ITS-1",
            Request.Method.GET,
            SimpleResponse.Builder.ok()
                .withContentType("application/json")
                .withBody(wrong)
                .build());

    assertThat(report.getMessages()).hasSizeGreaterThanOrEqualTo(2);
  }

  private static void assertValid(
      String path, Request.Method method, HttpResponse<String> response) {
    SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.statusCode());
    response.headers().firstValue("Content-Type").ifPresent(builder::withContentType);
    if (!response.body().isEmpty()) {
      builder.withBody(response.body());
    }

    ValidationReport report = validator.validateResponse(path, method, builder.build());

    assertThat(report.getMessages()).as(path + " " + response.body()).isEmpty();
  }
}
