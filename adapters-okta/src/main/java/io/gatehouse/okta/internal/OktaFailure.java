package io.gatehouse.okta.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.okta.sdk.resource.client.ApiException;
import io.gatehouse.core.port.DirectoryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An Okta error answer as data: HTTP status, {@code errorCode}, the {@code errorCauses} summaries
 * and the response headers. Only the code and the causes are read; Okta says the summary text may
 * change.
 */
record OktaFailure(
    int status, String errorCode, List<String> causes, Map<String, List<String>> headers) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  OktaFailure {
    causes = List.copyOf(causes);
    headers = headers == null ? Map.of() : Map.copyOf(headers);
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
    return new OktaFailure(e.getCode(), code, causes, e.getResponseHeaders());
  }

  OktaErrorKind kind() {
    return OktaErrorKind.of(status, errorCode, causes);
  }

  /** What the core sees when this is an infrastructure failure. */
  DirectoryException toException(String operation, Throwable cause) {
    String what = status == 0 ? "no answer (I/O failure)" : "HTTP " + status;
    String code = errorCode.isEmpty() ? "" : " " + errorCode;
    return new DirectoryException(
        "Okta " + operation + " failed: " + what + code + hint(), coreKind(), cause);
  }

  /** The causes as one reason text, or the error code when Okta gave none. */
  String reason() {
    return causes.isEmpty() ? "Okta " + errorCode : String.join("; ", causes);
  }

  /** Why a 401 came, when Okta said: a DPoP proof it rejected rather than the credential. */
  private String hint() {
    boolean dpop =
        headers.entrySet().stream()
            .filter(header -> "WWW-Authenticate".equalsIgnoreCase(header.getKey()))
            .flatMap(header -> header.getValue().stream())
            .anyMatch(value -> value.contains("invalid_dpop_proof"));
    return status == 401 && dpop ? " (the app requires DPoP and Okta rejected the proof)" : "";
  }

  private DirectoryException.Kind coreKind() {
    return switch (kind()) {
      case RATE_LIMITED -> DirectoryException.Kind.RATE_LIMITED;
      case SERVER_ERROR, NO_ANSWER -> DirectoryException.Kind.UNAVAILABLE;
      case INVALID_TOKEN -> DirectoryException.Kind.INVALID_CREDENTIAL;
      case FORBIDDEN -> DirectoryException.Kind.FORBIDDEN;
      default -> DirectoryException.Kind.OTHER;
    };
  }
}
