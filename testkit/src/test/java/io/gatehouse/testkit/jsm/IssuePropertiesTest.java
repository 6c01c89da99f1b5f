package io.gatehouse.testkit.jsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IssuePropertiesTest {
  private static final String MARKER = "/rest/api/3/issue/ITS-1/properties/okta-provisioning";

  private JsmSimulator jsm;
  private JsmWorld world;

  @BeforeEach
  void startSimulator() {
    jsm = JsmSimulator.start();
    world = new JsmWorld(jsm).openRequest("ITS-1", JsmWorld.DANA);
  }

  @AfterEach
  void stopSimulator() {
    jsm.close();
  }

  @Test
  void put_creates201ThenUpdates200_andGetReturnsKeyAndValue() {
    HttpResponse<String> created = world.put(MARKER, "{\"state\":\"started\"}");
    HttpResponse<String> updated = world.put(MARKER, "{\"state\":\"done\"}");
    HttpResponse<String> read = world.get(MARKER);

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(read.body())
        .isEqualTo("{\"key\":\"okta-provisioning\",\"value\":{\"state\":\"done\"}}");
    assertThat(jsm.issueProperty("ITS-1", "okta-provisioning")).hasValue("{\"state\":\"done\"}");
  }

  @Test
  void missingProperty_answers404_inThePlatformErrorShape() {
    HttpResponse<String> missing = world.get(MARKER);
    HttpResponse<String> deleted = world.delete(MARKER);

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("\"errorMessages\":[").contains("\"errors\":{}");
    assertThat(deleted.statusCode()).isEqualTo(404);
  }

  @Test
  void put_rejectsAValueThatIsNotJson() {
    assertThat(world.put(MARKER, "{not json").statusCode()).isEqualTo(400);
  }

  @Test
  void answers_matchThePlatformDescription() {
    Optional<Path> spec = SpecFiles.spec("jira-platform.json");
    assumeTrue(
        spec.isPresent(),
        "skipped: ../shared/specs/jira-platform.json is not beside the repository root");
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    OpenAPI api = new OpenAPIV3Parser().read(spec.get().toUri().toString(), null, options);
    OpenApiInteractionValidator validator = OpenApiInteractionValidator.createFor(api).build();
    world.put(MARKER, "{\"state\":\"done\"}");

    HttpResponse<String> read = world.get(MARKER);

    ValidationReport report =
        validator.validateResponse(
            MARKER,
            Request.Method.GET,
            SimpleResponse.Builder.status(read.statusCode())
                .withContentType("application/json")
                .withBody(read.body())
                .build());
    assertThat(report.getMessages()).isEmpty();
  }
}
