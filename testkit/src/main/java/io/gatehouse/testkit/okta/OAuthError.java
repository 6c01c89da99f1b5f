package io.gatehouse.testkit.okta;

/** An OAuth 2.0 error answer of the token endpoint: {@code {error, error_description}}. */
final class OAuthError extends RuntimeException {
  final int status;
  final String error;
  final String description;
  final java.util.Map<String, String> headers;

  OAuthError(int status, String error, String description) {
    this(status, error, description, java.util.Map.of());
  }

  OAuthError(int status, String error, String description, java.util.Map<String, String> headers) {
    super(error + ": " + description, null, false, false);
    this.status = status;
    this.error = error;
    this.description = description;
    this.headers = java.util.Map.copyOf(headers);
  }

  static OAuthError invalidClient(String description) {
    return new OAuthError(401, "invalid_client", description);
  }
}
