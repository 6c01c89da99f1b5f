package io.gatehouse.okta.internal;

import com.okta.sdk.resource.client.ApiException;

/**
 * What one Okta call came to after its retries: a value, or Okta's error answer for the caller to
 * classify.
 */
record Answer<T>(T value, OktaFailure failure, ApiException cause) {

  static <T> Answer<T> ok(T value) {
    return new Answer<>(value, null, null);
  }

  static <T> Answer<T> failed(OktaFailure failure, ApiException cause) {
    return new Answer<>(null, failure, cause);
  }

  boolean ok() {
    return failure == null;
  }

  OktaErrorKind kind() {
    return ok() ? null : failure.kind();
  }

  /** The value, or the failure as a {@link io.gatehouse.core.port.DirectoryException}. */
  T orThrow(String operation) {
    if (!ok()) {
      throw failure.toException(operation, cause);
    }
    return value;
  }
}
