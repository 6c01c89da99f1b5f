package io.gatehouse.testkit.okta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Okta's search and filter expressions: {@code attr op "value"} terms joined by {@code and} and
 * {@code or}, with parentheses. Values compare case-insensitively; property names exactly.
 */
final class Expression {
  private final List<String> tokens;
  private final Set<String> operators;
  private final Set<String> attributes;
  private int position;

  private Expression(String text, Set<String> operators, Set<String> attributes) {
    this.tokens = tokenize(text);
    this.operators = operators;
    this.attributes = attributes;
  }

  /**
   * Parses an expression into a predicate over items whose attribute values {@code lookup} gives.
   *
   * @param attributes the allowed attribute names, empty for any
   * @throws OktaError E0000031 when the expression cannot be parsed or uses what is not allowed
   */
  static <T> Predicate<T> parse(
      String text, Set<String> operators, Set<String> attributes, Lookup<T> lookup) {
    Expression parser = new Expression(text, operators, attributes);
    Predicate<T> predicate = parser.or(lookup);
    if (parser.position != parser.tokens.size()) {
      throw OktaError.badSearch();
    }
    return predicate;
  }

  /** The value of an attribute of an item, or null when it has none. */
  interface Lookup<T> extends java.util.function.BiFunction<T, String, String> {}

  private <T> Predicate<T> or(Lookup<T> lookup) {
    Predicate<T> left = and(lookup);
    while (peekIs("or")) {
      position++;
      left = left.or(and(lookup));
    }
    return left;
  }

  private <T> Predicate<T> and(Lookup<T> lookup) {
    Predicate<T> left = term(lookup);
    while (peekIs("and")) {
      position++;
      left = left.and(term(lookup));
    }
    return left;
  }

  private <T> Predicate<T> term(Lookup<T> lookup) {
    if (peekIs("(")) {
      position++;
      Predicate<T> inner = or(lookup);
      expect(")");
      return inner;
    }
    String attribute = next();
    String operator = next().toLowerCase(Locale.ROOT);
    if (!attributes.isEmpty() && !attributes.contains(attribute)) {
      throw OktaError.badSearch();
    }
    if (!operators.contains(operator)) {
      throw OktaError.badSearch();
    }
    if (operator.equals("pr")) {
      return item -> lookup.apply(item, attribute) != null;
    }
    String literal = next();
    if (!literal.startsWith("\"")) {
      throw OktaError.badSearch();
    }
    String value = literal.substring(1).toLowerCase(Locale.ROOT);
    Function<T, String> actual =
        item -> {
          String found = lookup.apply(item, attribute);
          return found == null ? null : found.toLowerCase(Locale.ROOT);
        };
    return switch (operator) {
      case "eq" -> item -> value.equals(actual.apply(item));
      case "sw" -> item -> actual.apply(item) != null && actual.apply(item).startsWith(value);
      case "co" -> item -> actual.apply(item) != null && actual.apply(item).contains(value);
      case "gt" -> item -> actual.apply(item) != null && actual.apply(item).compareTo(value) > 0;
      case "ge" -> item -> actual.apply(item) != null && actual.apply(item).compareTo(value) >= 0;
      case "lt" -> item -> actual.apply(item) != null && actual.apply(item).compareTo(value) < 0;
      case "le" -> item -> actual.apply(item) != null && actual.apply(item).compareTo(value) <= 0;
      default -> throw OktaError.badSearch();
    };
  }

  private boolean peekIs(String token) {
    return position < tokens.size() && tokens.get(position).equalsIgnoreCase(token);
  }

  private String next() {
    if (position >= tokens.size()) {
      throw OktaError.badSearch();
    }
    return tokens.get(position++);
  }

  private void expect(String token) {
    if (!next().equals(token)) {
      throw OktaError.badSearch();
    }
  }

  /** Words, parentheses and quoted strings (kept with a leading quote, escapes resolved). */
  private static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        tokens.add(String.valueOf(c));
        i++;
      } else if (c == '"') {
        StringBuilder value = new StringBuilder("\"");
        i++;
        while (i < text.length() && text.charAt(i) != '"') {
          if (text.charAt(i) == '\\' && i + 1 < text.length()) {
            i++;
          }
          value.append(text.charAt(i++));
        }
        if (i >= text.length()) {
          throw OktaError.badSearch();
        }
        i++;
        tokens.add(value.toString());
      } else {
        int start = i;
        while (i < text.length()
            && !Character.isWhitespace(text.charAt(i))
            && "()\"".indexOf(text.charAt(i)) < 0) {
          i++;
        }
        tokens.add(text.substring(start, i));
      }
    }
    return tokens;
  }
}
