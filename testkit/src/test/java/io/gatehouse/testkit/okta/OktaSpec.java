package io.gatehouse.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The Okta management OpenAPI description from {@code ../shared/specs/} beside the repository root,
 * as a validator of recorded exchanges. Tests skip where the file is absent.
 */
final class OktaSpec {
  private final OpenApiInteractionValidator validator;

  private OktaSpec(Path spec) {
    // The description is about 3.4 million characters; the YAML parser stops at 3 MiB by default.
    System.setProperty("maxYamlCodePoints", String.valueOf(16 * 1024 * 1024));
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    options.setResolveCombinators(true);
    SwaggerParseResult parsed =
        new OpenAPIV3Parser().readLocation(spec.toUri().toString(), null, options);
    // Okta's description carries a few schema slips far from users and groups (a default of the
    // wrong type, an array without items); they are parser messages, not reasons to give up.
    assertThat(parsed.getOpenAPI()).as("parsed %s", spec).isNotNull();
    this.validator =
        OpenApiInteractionValidator.createFor(parsed.getOpenAPI())
            .withLevelResolver(
                LevelResolver.create()
                    // The recorded Authorization header is redacted; its presence is what counts.
                    .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                    .build())
            .withWhitelist(
                ValidationErrorsWhitelist.create()
                    .withRule(
                        // HrefObject declares additionalProperties: true (Okta adds "method" to
                        // lifecycle links), which the merge of its allOf wrappers loses.
                        "extra members of HrefObject links",
                        WhitelistRules.allOf(
                            WhitelistRules.isResponse(),
                            WhitelistRules.messageContainsSubstring("[Path '/_links/"),
                            WhitelistRules.messageContainsSubstring("[\"method\"]"))))
            .build();
  }

  /** Loads the description, or skips the calling test with the reason. */
  static OktaSpec loadOrSkip() {
    Optional<Path> spec = specFile();
    Assumptions.assumeTrue(
        spec.isPresent(),
        "okta-management.yaml not found in ../shared/specs beside the repository root; "
            + "contract checks skipped");
    return new OktaSpec(spec.get());
  }

  /** Asserts that the request and the simulator's answer both fit the description. */
  void assertConforms(RecordedRequest recorded) {
    SimpleRequest.Builder request =
        new SimpleRequest.Builder(Request.Method.valueOf(recorded.method()), recorded.path());
    QueryString.parse(recorded.query()).forEach(request::withQueryParam);
    recorded.headers().forEach((name, values) -> request.withHeader(name, values));
    recorded.body().ifPresent(request::withBody);

    SimpleResponse.Builder response = SimpleResponse.Builder.status(recorded.status());
    recorded
        .responseBody()
        .ifPresent(body -> response.withContentType("application/json").withBody(body));

    ValidationReport report = validator.validate(request.build(), response.build());
    assertThat(report.getMessages())
        .filteredOn(message -> message.getLevel() == ValidationReport.Level.ERROR)
        .as(
            "%s %s?%s answered %s",
            recorded.method(), recorded.path(), recorded.query(), recorded.status())
        .isEmpty();
  }

  private static Optional<Path> specFile() {
    String root = System.getProperty("gatehouse.repoRoot");
    Path start = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".mvn"))) {
        Path spec = dir.resolveSibling("shared").resolve("specs").resolve("okta-management.yaml");
        return Files.isRegularFile(spec) ? Optional.of(spec) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
