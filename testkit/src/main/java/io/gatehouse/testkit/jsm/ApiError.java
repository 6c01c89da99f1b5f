package io.gatehouse.testkit.jsm;

import java.util.Map;

/**
 * An error answer: servicedeskapi's {@code ErrorResponse} body, or for platform calls ({@code
 * /rest/api/}) the {@code ErrorCollection} body, with its per-field {@code errors}.
 */
final class ApiError extends RuntimeException {
  private final int status;
  private final boolean platform;
  private final Map<String, String> fieldErrors;

  ApiError(int status, String message) {
    this(status, message, false, Map.of());
  }

  private ApiError(int status, String message, boolean platform, Map<String, String> fieldErrors) {
    super(message);
    this.status = status;
    this.platform = platform;
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  static ApiError platform(int status, String message) {
    return new ApiError(status, message, true, Map.of());
  }

  /** A platform error that names fields only, with an empty {@code errorMessages}. */
  static ApiError platformFields(int status, Map<String, String> fieldErrors) {
    return new ApiError(status, "", true, fieldErrors);
  }

  int status() {
    return status;
  }

  boolean platform() {
    return platform;
  }

  Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
