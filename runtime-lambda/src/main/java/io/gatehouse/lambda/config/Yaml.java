package io.gatehouse.lambda.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads values out of a parsed configuration document, noting every problem with its key. */
final class Yaml {
  private final Problems problems;

  Yaml(Problems problems) {
    this.problems = problems;
  }

  void problem(String key, String what) {
    problems.add(key, what);
  }

  int problemCount() {
    return problems.count();
  }

  /** Notes keys a section does not know, which are usually typos, with a hint for each. */
  void onlyKeys(JsonNode section, String path, List<String> known, String hintForOthers) {
    if (section == null || !section.isObject()) {
      return;
    }
    for (Iterator<String> names = section.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problem(join(path, name), hintForOthers + "; known keys are " + String.join(", ", known));
      }
    }
  }

  JsonNode section(JsonNode parent, String path, String name, boolean required) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || node.isNull()) {
      if (required) {
        problem(join(path, name), "is required");
      }
      return null;
    }
    if (!node.isObject()) {
      problem(join(path, name), "must be a section of keys");
      return null;
    }
    return node;
  }

  Optional<String> text(JsonNode parent, String path, String name, boolean required) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      if (required) {
        problem(join(path, name), "is required");
      }
      return Optional.empty();
    }
    if (!node.isValueNode()) {
      problem(join(path, name), "must be a single value");
      return Optional.empty();
    }
    return Optional.of(node.asText().strip());
  }

  String text(JsonNode parent, String path, String name, String fallback) {
    return text(parent, path, name, false).orElse(fallback);
  }

  int integer(JsonNode parent, String path, String name, int fallback, int min, int max) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isIntegralNumber() || node.asInt() < min || node.asInt() > max) {
      problem(join(path, name), "must be a whole number from " + min + " to " + max);
      return fallback;
    }
    return node.asInt();
  }

  boolean bool(JsonNode parent, String path, String name, boolean fallback) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isBoolean()) {
      problem(join(path, name), "must be true or false");
      return fallback;
    }
    return node.asBoolean();
  }

  List<String> texts(JsonNode parent, String path, String name) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      problem(join(path, name), "must be a list");
      return List.of();
    }
    Set<String> values = new LinkedHashSet<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      if (!item.isValueNode() || item.asText().isBlank()) {
        problem(join(path, name) + "[" + i + "]", "must be a non-empty value");
      } else if (!values.add(item.asText().strip())) {
        problem(join(path, name) + "[" + i + "]", "'" + item.asText() + "' is listed twice");
      }
    }
    return List.copyOf(values);
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
