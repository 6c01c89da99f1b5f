package io.gatehouse.testkit.jsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
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

/** Holds the simulator's platform answers to Atlassian's published Jira platform description. */
class PlatformSimulatorContractTest {
  private static OpenApiInteractionValidator validator;

  private JsmSimulator jsm;
  private JsmWorld world;

  @BeforeAll
  static void loadSpec() {
    Optional<Path> spec = SpecFiles.spec("jira-platform.json");
    assumeTrue(
        spec.isPresent(),
        "skipped: ../shared/specs/jira-platform.json is not beside the repository root");
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    OpenAPI api = new OpenAPIV3Parser().read(spec.get().toUri().toString(), null, options);
    validator =
        OpenApiInteractionValidator.createFor(api)
            .withLevelResolver(
                LevelResolver.create()
                    .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                    // The description gives error answers no body; their ErrorCollection shape is
                    // stated in its prose and checked by assertErrorCollection below.
                    .withLevel("validation.response.body.unexpected", ValidationReport.Level.IGNORE)
                    // It gives the transition's 204 an empty JSON schema, though a 204 has no
                    // body at all.
                    .withLevel("validation.response.body.missing", ValidationReport.Level.IGNORE)
                    .build())
            .build();
  }

  @BeforeEach
  void startSimulator() {
    jsm = JsmSimulator.start();
    world = new JsmWorld(jsm).requestWithEveryShape("ITS-1");
    jsm.setTransitions(
        JsmWorld.WAITING,
        new JsmTransition("31", "Resolve this issue", JsmWorld.RESOLVED).requiring("resolution"),
        new JsmTransition("41", "Pending", JsmStatus.open("Pending")));
  }

  @AfterEach
  void stopSimulator() {
    jsm.close();
  }

  @Test
  void issueWithHiddenFields_matchesTheDescription() {
    HttpResponse<String> response =
        world.get("/rest/api/3/issue/ITS-1?fields=customfield_10080,customfield_10072");

    assertThat(response.statusCode()).isEqualTo(200);
    assertValid("/rest/api/3/issue/ITS-1", Request.Method.GET, response);
  }

  @Test
  void transitionsWithFields_matchTheDescription() {
    HttpResponse<String> response =
        world.get("/rest/api/3/issue/ITS-1/transitions?expand=transitions.fields");

    assertThat(response.statusCode()).isEqualTo(200);
    assertValid("/rest/api/3/issue/ITS-1/transitions", Request.Method.GET, response);
  }

  @Test
  void transitionDoneAndRefused_matchTheDescription() {
    HttpResponse<String> refused =
        world.post("/rest/api/3/issue/ITS-1/transitions", "{\"transition\":{\"id\":\"31\"}}");
    HttpResponse<String> done =
        world.post(
            "/rest/api/3/issue/ITS-1/transitions",
            "{\"transition\":{\"id\":\"31\"},\"fields\":{\"resolution\":{\"name\":\"Done\"}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertValid("/rest/api/3/issue/ITS-1/transitions", Request.Method.POST, refused);
    assertErrorCollection(refused);
    assertThat(done.statusCode()).isEqualTo(204);
    assertValid("/rest/api/3/issue/ITS-1/transitions", Request.Method.POST, done);
  }

  @Test
  void missingIssue_answersTheErrorCollection() {
    HttpResponse<String> response = world.get("/rest/api/3/issue/ITS-999?fields=summary");

    assertThat(response.statusCode()).isEqualTo(404);
    assertValid("/rest/api/3/issue/ITS-999", Request.Method.GET, response);
    assertErrorCollection(response);
  }

  /** The ErrorCollection schema: string messages, string errors by field, an integer status. */
  private static void assertErrorCollection(HttpResponse<String> response) {
    JsonNode body = JsmJson.readTree(response.body());
    assertThat(body.fieldNames()).toIterable().isSubsetOf("errorMessages", "errors", "status");
    assertThat(body.path("errorMessages").isArray()).isTrue();
    body.path("errorMessages").forEach(message -> assertThat(message.isTextual()).isTrue());
    assertThat(body.path("errors").isObject()).isTrue();
    body.path("errors").forEach(error -> assertThat(error.isTextual()).isTrue());
    assertThat(body.path("status").asInt()).isEqualTo(response.statusCode());
  }

  private static void assertValid(
      String path, Request.Method method, HttpResponse<String> response) {
    SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.statusCode());
    response.headers().firstValue("Content-Type").ifPresent(builder::withContentType);
    if (!response.body().isEmpty()) {
      builder.withBody(response.body());
    }

    ValidationReport report = validator.validateResponse(path, method, builder.build());

    assertThat(report.getMessages())
        .filteredOn(message -> message.getLevel() != ValidationReport.Level.IGNORE)
        .as(path + " " + response.body())
        .isEmpty();
  }
}
