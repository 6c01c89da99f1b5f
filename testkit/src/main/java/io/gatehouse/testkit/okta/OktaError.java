package io.gatehouse.testkit.okta;

import java.util.List;

/** An Okta error answer, thrown inside the simulator and rendered as Okta's error body. */
final class OktaError extends RuntimeException {
  final int status;
  final String code;
  final String summary;
  final List<String> causes;

  OktaError(int status, String code, String summary, List<String> causes) {
    super(code + " " + summary, null, false, false);
    this.status = status;
    this.code = code;
    this.summary = summary;
    this.causes = List.copyOf(causes);
  }

  static OktaError of(int status, String code, String summary) {
    return new OktaError(status, code, summary, List.of());
  }

  static OktaError validation(String field, String cause) {
    return new OktaError(
        400, "E0000001", "Api validation failed: " + field, List.of(field + ": " + cause));
  }

  static OktaError notFound(String what) {
    return of(404, "E0000007", "Not found: Resource not found: " + what);
  }

  static OktaError invalidToken() {
    return of(401, "E0000011", "Invalid token provided");
  }

  static OktaError forbidden() {
    return of(403, "E0000006", "You do not have permission to perform the requested action");
  }

  static OktaError notAllowedInStatus() {
    return of(403, "E0000038", "This operation is not allowed in the user's current status.");
  }

  static OktaError badSearch() {
    return of(400, "E0000031", "Invalid search criteria.");
  }

  static OktaError malformedBody() {
    return of(400, "E0000003", "The request body was not well-formed.");
  }
}
