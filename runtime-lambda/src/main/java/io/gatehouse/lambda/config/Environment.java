package io.gatehouse.lambda.config;

import io.gatehouse.core.config.ConfigProblems;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads environment variables and notes each one that is missing or malformed. */
final class Environment {
  private final Map<String, String> variables;
  private final ConfigProblems problems;

  Environment(Map<String, String> variables, ConfigProblems problems) {
    this.variables = Map.copyOf(variables);
    this.problems = problems;
  }

  Optional<String> optional(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** The value, or an empty string after noting that it is missing. */
  String required(String name, String meaning) {
    Optional<String> value = optional(name);
    if (value.isEmpty()) {
      problems.add(name, "is required: " + meaning);
    }
    return value.orElse("");
  }

  /** A value that must match a pattern; the hint says what a good value looks like. */
  String matching(String name, String meaning, String pattern, String hint) {
    String value = required(name, meaning);
    if (!value.isEmpty() && !value.matches(pattern)) {
      problems.add(name, "'" + value + "' is not valid; " + hint);
    }
    return value;
  }

  /** A comma-separated list, each item matching a pattern. */
  List<String> list(String name, String meaning, String itemPattern, String hint) {
    String value = required(name, meaning);
    if (value.isEmpty()) {
      return List.of();
    }
    List<String> items = Arrays.stream(value.split(",")).map(String::strip).toList();
    items.stream()
        .filter(item -> !item.matches(itemPattern))
        .forEach(item -> problems.add(name, "'" + item + "' is not valid; " + hint));
    return items;
  }
}
