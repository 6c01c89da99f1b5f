package io.gatehouse.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.core.request.FieldValue;
import io.gatehouse.core.request.Person;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one {@code requestFieldValues[].value} by its JSON shape. Empty values (null, "", []) and
 * shapes Gatehouse has no type for (labels, cascading selects, booleans, mixed lists) are absent;
 * the latter are logged with the field id and shape only, never the value.
 */
final class FieldValues {
  private static final Logger LOG = LoggerFactory.getLogger(FieldValues.class);
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private FieldValues() {}

  static Optional<FieldValue> of(String fieldId, JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    if (value.isTextual()) {
      return text(value.asText());
    }
    if (value.isNumber()) {
      return Optional.of(new FieldValue.Number(value.decimalValue()));
    }
    if (value.isObject() && isUser(value)) {
      return Optional.of(new FieldValue.User(RequestMapper.person(value)));
    }
    if (value.isObject() && value.has("child")) {
      // Reading only the parent of a cascading select would hand policy half an answer.
      return unknown(fieldId, "cascading select");
    }
    if (value.isObject() && isOption(value)) {
      return Optional.of(option(value));
    }
    if (value.isArray()) {
      return list(fieldId, value);
    }
    return unknown(fieldId, value.getNodeType().name().toLowerCase(Locale.ROOT));
  }

  private static Optional<FieldValue> text(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    // A date picker gives exactly yyyy-MM-dd; anything longer (date-time pickers) stays text.
    if (DATE.matcher(text).matches()) {
      try {
        return Optional.of(new FieldValue.Date(LocalDate.parse(text)));
      } catch (DateTimeParseException notADate) {
        return Optional.of(new FieldValue.Text(text));
      }
    }
    return Optional.of(new FieldValue.Text(text));
  }

  private static Optional<FieldValue> list(String fieldId, JsonNode array) {
    if (array.isEmpty()) {
      return Optional.empty();
    }
    List<Person> people = new ArrayList<>();
    List<FieldValue.Option> options = new ArrayList<>();
    for (JsonNode item : array) {
      if (item.isObject() && isUser(item)) {
        people.add(RequestMapper.person(item));
      } else if (item.isObject() && isOption(item)) {
        options.add(option(item));
      } else {
        return unknown(fieldId, "list of " + item.getNodeType().name().toLowerCase(Locale.ROOT));
      }
    }
    if (!people.isEmpty() && !options.isEmpty()) {
      return unknown(fieldId, "list of users and options");
    }
    return Optional.of(
        people.isEmpty() ? new FieldValue.Options(options) : new FieldValue.Users(people));
  }

  private static boolean isUser(JsonNode node) {
    return node.path("accountId").isTextual() && !node.get("accountId").asText().isBlank();
  }

  private static boolean isOption(JsonNode node) {
    return node.path("id").isValueNode() && node.path("value").isTextual();
  }

  private static FieldValue.Option option(JsonNode node) {
    return new FieldValue.Option(node.get("id").asText(), node.get("value").asText());
  }

  private static Optional<FieldValue> unknown(String fieldId, String shape) {
    LOG.warn(
        "JSM field {} has a value of shape '{}' that Gatehouse does not read; it is treated as"
            + " not provided. Use a text, select, user, date or number field for policy input.",
        fieldId,
        shape);
    return Optional.empty();
  }
}
