package io.gatehouse.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.core.port.ServiceDeskException;
import io.gatehouse.core.request.FieldValue;
import io.gatehouse.core.request.Person;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.core.request.ServiceRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads a {@code CustomerRequestDTO} into a {@link ServiceRequest}. */
final class RequestMapper {
  // DateDTO.iso8601 carries the offset without a colon (+0000), which ISO_OFFSET_DATE_TIME rejects.
  private static final DateTimeFormatter ISO8601 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

  private RequestMapper() {}

  static ServiceRequest request(JsonNode node) {
    String key = text(node, "issueKey");
    try {
      return new ServiceRequest(
          RequestKey.of(key),
          text(node, "requestTypeId"),
          person(node.path("reporter")),
          fields(node.path("requestFieldValues")),
          instant(node.path("createdDate")));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ServiceDeskException(
          "JSM request " + key + " could not be read: " + e.getMessage(), false, e);
    }
  }

  static Person person(JsonNode user) {
    String email = user.path("emailAddress").isTextual() ? user.get("emailAddress").asText() : null;
    return new Person(text(user, "accountId"), user.path("displayName").asText(""), email);
  }

  /** When a DateDTO happened: its epochMillis, else its iso8601 form. */
  static Instant instant(JsonNode date) {
    if (date.path("epochMillis").canConvertToLong()) {
      return Instant.ofEpochMilli(date.get("epochMillis").asLong());
    }
    try {
      return OffsetDateTime.parse(date.path("iso8601").asText(), ISO8601).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("a date has neither epochMillis nor iso8601", e);
    }
  }

  private static Map<String, FieldValue> fields(JsonNode values) {
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    for (JsonNode entry : values) {
      String fieldId = entry.path("fieldId").asText("");
      if (fieldId.isEmpty()) {
        continue;
      }
      Optional<FieldValue> value = FieldValues.of(fieldId, entry.path("value"));
      value.ifPresent(present -> fields.put(fieldId, present));
    }
    return fields;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isTextual() && !value.isNumber()) {
      throw new IllegalArgumentException("'" + field + "' is missing");
    }
    return value.asText();
  }
}
