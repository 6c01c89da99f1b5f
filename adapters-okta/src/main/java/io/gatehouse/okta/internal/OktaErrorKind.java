package io.gatehouse.okta.internal;

/**
 * What an Okta error answer means, read from its HTTP status, {@code errorCode} and {@code
 * errorCauses}; never from {@code errorSummary}, whose text Okta may change.
 */
enum OktaErrorKind {
  /** 400 E0000001 with a {@code login:} cause saying the value already exists. */
  DUPLICATE_LOGIN,
  /** 400 E0000001 with a {@code password:} cause: the password policy refused the password. */
  PASSWORD_POLICY,
  /** Any other 400: a profile field, a parameter or a lifecycle transition was refused. */
  VALIDATION,
  /** 404 E0000007: the user or group does not exist (or, for some calls, no longer can change). */
  NOT_FOUND,
  /** 403 E0000038: not allowed in the user's current status. */
  NOT_ALLOWED_IN_STATUS,
  /** 403 E0000006 or another 403: a scope or admin role is missing. */
  FORBIDDEN,
  /** 401 E0000011 or E0000004: the token or key is invalid, expired or revoked. */
  INVALID_TOKEN,
  /** 429 E0000047. */
  RATE_LIMITED,
  /** 5xx. */
  SERVER_ERROR,
  /** No answer at all: connection refused, reset or timed out. */
  NO_ANSWER,
  /** Anything else. */
  OTHER;

  static OktaErrorKind of(int status, String errorCode, java.util.List<String> causes) {
    if (status == 0) {
      return NO_ANSWER;
    }
    if (status == 400) {
      if (errorCode.equals("E0000001") && hasCause(causes, "login:", "already exists")) {
        return DUPLICATE_LOGIN;
      }
      if (errorCode.equals("E0000001") && hasCause(causes, "password:", "")) {
        return PASSWORD_POLICY;
      }
      return VALIDATION;
    }
    if (status == 401) {
      return INVALID_TOKEN;
    }
    if (status == 403) {
      return errorCode.equals("E0000038") ? NOT_ALLOWED_IN_STATUS : FORBIDDEN;
    }
    if (status == 404) {
      return NOT_FOUND;
    }
    if (status == 429) {
      return RATE_LIMITED;
    }
    return status >= 500 ? SERVER_ERROR : OTHER;
  }

  private static boolean hasCause(java.util.List<String> causes, String field, String text) {
    return causes.stream().anyMatch(cause -> cause.startsWith(field) && cause.contains(text));
  }
}
