package io.gatehouse.testkit.jsm;

/**
 * An error answer: servicedeskapi's {@code ErrorResponse} body, or for platform calls ({@code
 * /rest/api/}) the {@code ErrorCollection} body.
 */
final class ApiError extends RuntimeException {
  private final int status;
  private final boolean platform;

  ApiError(int status, String message) {
    this(status, message, false);
  }

  private ApiError(int status, String message, boolean platform) {
    super(message);
    this.status = status;
    this.platform = platform;
  }

  static ApiError platform(int status, String message) {
    return new ApiError(status, message, true);
  }

  int status() {
    return status;
  }

  boolean platform() {
    return platform;
  }
}
