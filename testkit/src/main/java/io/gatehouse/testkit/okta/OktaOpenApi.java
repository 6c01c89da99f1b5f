package io.gatehouse.testkit.okta;

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
import java.util.List;
import java.util.Optional;

/**
 * The Okta management OpenAPI description ({@code okta-management.yaml} in {@code ../shared/specs/}
 * beside the repository root) as a judge of recorded exchanges: the caller's request and the
 * simulator's answer. Parsing takes seconds; load it once per test class.
 */
public final class OktaOpenApi {
  private static final String SPEC = "okta-management.yaml";

  private final OpenApiInteractionValidator validator;

  private OktaOpenApi(Path spec) {
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
    if (parsed.getOpenAPI() == null) {
      throw new IllegalStateException("could not parse " + spec + ": " + parsed.getMessages());
    }
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
                            WhitelistRules.messageContainsSubstring("[\"method\"]")))
                    .withRule(
                        // Okta pages a user's groups at 200 with link headers (okta-sdk-java
                        // #1286, #1611), but the description lists no query parameters.
                        "cursor of a user's groups",
                        WhitelistRules.allOf(
                            WhitelistRules.isRequest(),
                            WhitelistRules.pathContainsRegexp("^/api/v1/users/[^/]+/groups$"),
                            WhitelistRules.messageContainsRegexp(
                                "Query parameter '(after|limit)' is unexpected"))))
            .build();
  }

  /**
   * Loads the description found from the system property {@code gatehouse.repoRoot} (set by the
   * build) or by walking up from the working directory to the folder holding {@code .mvn}; empty
   * when the file is not there, so that tests can skip with a message.
   */
  public static Optional<OktaOpenApi> load() {
    return specFile().map(OktaOpenApi::new);
  }

  /** Where the description is looked for, to name in a skip message. */
  public static String expectedLocation() {
    return "../shared/specs/" + SPEC + " beside the repository root";
  }

  /**
   * The errors of one recorded exchange: the request as the client sent it and the answer as the
   * simulator gave it. Token requests ({@code /oauth2/…}) are outside this description.
   */
  public List<String> violations(RecordedRequest recorded) {
    if (recorded.path().startsWith("/oauth2/")) {
      return List.of();
    }
    SimpleRequest.Builder request =
        new SimpleRequest.Builder(Request.Method.valueOf(recorded.method()), recorded.path());
    QueryString.parse(recorded.query()).forEach(request::withQueryParam);
    recorded.headers().forEach((name, values) -> request.withHeader(name, values));
    recorded.body().ifPresent(request::withBody);

    SimpleResponse.Builder response = SimpleResponse.Builder.status(recorded.status());
    recorded
        .responseBody()
        .ifPresent(body -> response.withContentType("application/json").withBody(body));

    // The description lists neither 401 nor 5xx per operation; those answers are checked as
    // requests only.
    boolean undocumentedStatus = recorded.status() == 401 || recorded.status() >= 500;
    ValidationReport report =
        undocumentedStatus
            ? validator.validateRequest(request.build())
            : validator.validate(request.build(), response.build());
    String exchange =
        recorded.method()
            + " "
            + recorded.path()
            + "?"
            + recorded.query()
            + " -> "
            + recorded.status();
    return report.getMessages().stream()
        .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
        .map(message -> exchange + ": " + message.getMessage())
        .toList();
  }

  private static Optional<Path> specFile() {
    String root = System.getProperty("gatehouse.repoRoot");
    Path start = root != null ? Path.of(root) : Path.of("");
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".mvn"))) {
        Path spec = dir.resolveSibling("shared").resolve("specs").resolve(SPEC);
        return Files.isRegularFile(spec) ? Optional.of(spec) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
