package io.gatehouse.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.core.request.FieldValue;
import io.gatehouse.core.request.ServiceRequest;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills in the configured fields that a request does not list, as JSM leaves hidden request-type
 * fields out of {@code requestFieldValues}, by reading them through the platform issue API ({@code
 * GET /rest/api/3/issue/{key}?fields=…}). One call per request that lacks any, none otherwise. A
 * field the platform answers with {@code null} was left empty and stays absent; a field it leaves
 * out altogether is not visible to the agent account: it stays absent too, with a warning naming
 * the field and the fix, and is marked unreadable on the request, so that the ticket says the field
 * could not be read rather than that it was left empty, and Gatehouse never guesses a value.
 */
final class HiddenFields {
  private static final Logger LOG = LoggerFactory.getLogger(HiddenFields.class);

  private final List<String> fieldIds;
  private final JsmClient client;

  HiddenFields(List<String> fieldIds, JsmClient client) {
    this.fieldIds = List.copyOf(fieldIds);
    this.client = client;
  }

  ServiceRequest fillIn(ServiceRequest request, JsonNode listed) {
    List<String> absent = fieldIds.stream().filter(id -> !lists(listed, id)).toList();
    if (absent.isEmpty()) {
      return request;
    }
    String key = request.key().value();
    Optional<JsonNode> issue =
        client.getIfFound(
            "/rest/api/3/issue/" + key, Map.of("fields", List.of(String.join(",", absent))));
    if (issue.isEmpty()) {
      LOG.warn(
          "request {} is not visible through the platform issue API, so fields {} are not read;"
              + " give the agent account Browse projects on the desk's project",
          key,
          absent);
      return withFields(request, request.fields(), Set.copyOf(absent));
    }

    Map<String, FieldValue> fields = new LinkedHashMap<>(request.fields());
    Set<String> unreadable = new LinkedHashSet<>();
    JsonNode values = issue.get().path("fields");
    for (String fieldId : absent) {
      if (!values.has(fieldId)) {
        unreadable.add(fieldId);
        LOG.warn(
            "field {} not visible to the agent account on request {} (jira.hiddenFields); check"
                + " the field id and that the field is on the request type's issue screen",
            fieldId,
            key);
        continue;
      }
      FieldValues.of(fieldId, values.get(fieldId)).ifPresent(value -> fields.put(fieldId, value));
    }
    return withFields(request, fields, unreadable);
  }

  private static ServiceRequest withFields(
      ServiceRequest request, Map<String, FieldValue> fields, Set<String> unreadable) {
    return new ServiceRequest(
        request.key(),
        request.requestTypeId(),
        request.reporter(),
        fields,
        request.created(),
        unreadable);
  }

  /**
   * Whether the request lists the field at all, empty or not; a listed empty field is not hidden.
   */
  private static boolean lists(JsonNode listed, String fieldId) {
    for (JsonNode entry : listed.path("requestFieldValues")) {
      if (entry.path("fieldId").asText().equals(fieldId)) {
        return true;
      }
    }
    return false;
  }
}
