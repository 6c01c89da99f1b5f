package io.gatehouse.okta.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.okta.sdk.resource.client.ApiException;
import io.gatehouse.core.port.DirectoryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An Okta error answer as data: HTTP status, {@code errorCode} and the {@code errorCauses}
 * summaries. Only the code and the causes are read; Okta says the summary text may change.
 */
record OktaFailure(int status, String errorCode, List<String> causes) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  OktaFailure {
    causes = List.copyOf(causes);
  }

  static OktaFailure of(ApiException e) {
    String code = "";
    List<String> causes = new ArrayList<>();
    String body = e.getResponseBody();
    if (body != null && !body.isBlank()) {
      try {
        JsonNode node = MAPPER.readTree(body);
        code = node.path("errorCode").asText("");
        node.path("errorCauses").forEach(cause -> causes.add(cause.path("errorSummary").asText()));
      } catch (IOException notJson) {
        // a proxy or load balancer answered; the status alone classifies it
      }
    }
    return new OktaFailure(e.getCode(), code, causes);
  }

  boolean isValidation() {
    return status == 400;
  }

  /** E0000001 with a {@code login:} cause saying the value already exists. */
  boolean isLoginTaken() {
    return errorCode.equals("E0000001")
        && causes.stream().anyMatch(c -> c.startsWith("login:") && c.contains("already exists"));
  }

  boolean isInvalidCredential() {
    return status == 401;
  }

  /** What the core sees when this is an infrastructure failure. */
  DirectoryException toException(String operation, ApiException cause) {
    boolean retryable = status == 0 || status == 429 || status >= 500;
    String what = status == 0 ? "no answer (I/O failure)" : "HTTP " + status;
    String code = errorCode.isEmpty() ? "" : " " + errorCode;
    return new DirectoryException(
        "Okta " + operation + " failed: " + what + code, retryable, cause);
  }

  /** The causes as one reason text, or the error code when Okta gave none. */
  String reason() {
    return causes.isEmpty() ? "Okta " + errorCode : String.join("; ", causes);
  }
}
