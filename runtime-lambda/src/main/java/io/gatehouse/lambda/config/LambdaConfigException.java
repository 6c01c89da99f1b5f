package io.gatehouse.lambda.config;

import java.util.List;

/**
 * The function's configuration is wrong. Lists every problem found at cold start, each with the
 * environment variable or configuration key it concerns, and never a secret value.
 */
public final class LambdaConfigException extends RuntimeException {
  private final List<String> problems;

  public LambdaConfigException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    StringBuilder text =
        new StringBuilder("Gatehouse Lambda configuration has ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem:" : " problems:");
    problems.forEach(problem -> text.append("\n  - ").append(problem));
    return text.toString();
  }
}
