package io.gatehouse.testkit.jsm;

/** An error answer with the servicedeskapi {@code ErrorResponse} body. */
final class ApiError extends RuntimeException {
  private final int status;

  ApiError(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
