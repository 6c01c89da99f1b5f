package io.gatehouse.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.gatehouse.core.port.ServiceDesk;
import io.gatehouse.core.port.Visibility;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.testkit.jsm.RecordedRequest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Holds every call the adapter makes to Atlassian's published descriptions: the JSM API for
 * servicedeskapi calls, the Jira platform API for {@code /rest/api/3} calls.
 */
class RequestsMatchDescriptionTest {
  private final JsmDeskFixture fixture = new JsmDeskFixture().open("ITS-1").open("ITS-2");

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void everyCall_isAValidRequestOfTheDescription() {
    Path spec = spec("jira-service-management.json");
    Path platformSpec = spec("jira-platform.json");
    ServiceDesk desk =
        fixture.desk(
            "Resolve this issue",
            settings -> settings.withHiddenFields(List.of("customfield_10055")));
    fixture.jsm.setMaxLimit(1);

    desk.openRequests();
    desk.request(RequestKey.of("ITS-1"));
    desk.approvals(RequestKey.of("ITS-1"));
    desk.comment(RequestKey.of("ITS-1"), "internal note", Visibility.INTERNAL);
    desk.comment(RequestKey.of("ITS-1"), "public note", Visibility.PUBLIC);
    desk.resolve(RequestKey.of("ITS-1"));

    OpenApiInteractionValidator validator = validator(spec);
    OpenApiInteractionValidator platform = validator(platformSpec);
    List<RecordedRequest> calls = fixture.jsm.recorded();
    assertThat(calls).hasSizeGreaterThanOrEqualTo(9);
    assertThat(calls).anyMatch(call -> call.path().equals("/rest/api/3/issue/ITS-1"));
    for (RecordedRequest call : calls) {
      OpenApiInteractionValidator which =
          call.path().startsWith("/rest/api/") ? platform : validator;
      ValidationReport report = which.validateRequest(asValidatorRequest(call));
      assertThat(report.getMessages()).as(call.method() + " " + call.path()).isEmpty();
    }
  }

  private static SimpleRequest asValidatorRequest(RecordedRequest call) {
    SimpleRequest.Builder builder =
        new SimpleRequest.Builder(Request.Method.valueOf(call.method()), call.path());
    call.queryParameters().forEach(builder::withQueryParam);
    call.header("Content-Type").ifPresent(builder::withContentType);
    if (!call.body().isEmpty()) {
      builder.withBody(call.body());
    }
    return builder.build();
  }

  private static OpenApiInteractionValidator validator(Path spec) {
    // The published description repeats six operationIds elsewhere, which the validator's own
    // loader rejects; parsing it here keeps those warnings away from the paths under test.
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    OpenAPI api = new OpenAPIV3Parser().read(spec.toUri().toString(), null, options);
    return OpenApiInteractionValidator.createFor(api)
        .withLevelResolver(
            LevelResolver.create()
                // Operations list OAuth2 only, while the same API takes basic auth.
                .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                .build())
        .build();
  }

  private static Path spec(String fileName) {
    String property = System.getProperty("gatehouse.repoRoot");
    Path root = property == null || property.isBlank() ? walkUp() : Paths.get(property);
    Path spec = root == null ? null : root.resolve("../shared/specs/" + fileName).normalize();
    assumeTrue(
        spec != null && Files.isRegularFile(spec),
        "skipped: ../shared/specs/" + fileName + " is not beside the repository root");
    return spec;
  }

  private static Path walkUp() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve(".mvn"))) {
      dir = dir.getParent();
    }
    return dir;
  }
}
