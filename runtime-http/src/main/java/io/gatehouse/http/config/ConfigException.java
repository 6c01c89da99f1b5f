package io.gatehouse.http.config;

import java.util.List;

/** The configuration is wrong. Lists every problem found, each with its key, in one message. */
public final class ConfigException extends RuntimeException {
  private final List<String> problems;

  public ConfigException(String source, List<String> problems) {
    super(message(source, problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }

  private static String message(String source, List<String> problems) {
    StringBuilder text =
        new StringBuilder("configuration ")
            .append(source)
            .append(" has ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem:" : " problems:");
    problems.forEach(problem -> text.append("\n  - ").append(problem));
    return text.toString();
  }
}
