package io.gatehouse.core.config;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says why a configuration document could not be parsed, in words a person can act on. The parser's
 * own message is never repeated, since it may quote the document, and the document may hold a
 * pasted secret; only the line and, for a key given twice, the key are named.
 */
public final class UnreadableDocument {
  private static final Pattern DUPLICATE =
      Pattern.compile("Duplicate field '([^']*)'.*", Pattern.DOTALL);
  private static final Pattern TAB_INDENT = Pattern.compile("^[ ]*\t");

  private UnreadableDocument() {}

  /**
   * Why the document could not be parsed.
   *
   * @param parserMessage the parser's message, only matched, never repeated
   * @param line the line the parser stopped at, or 0 when it did not say
   * @param text the document
   */
  public static String describe(String parserMessage, int line, String text) {
    String at = line > 0 ? " at line " + line : "";
    Matcher duplicate = DUPLICATE.matcher(parserMessage == null ? "" : parserMessage);
    if (duplicate.matches()) {
      return "gives the key '" + duplicate.group(1) + "' twice in one section" + at;
    }
    return "is not valid YAML"
        + at
        + tabIndentedLine(text)
            .map(tab -> "; line " + tab + " is indented with a tab, which YAML does not allow")
            .orElse("");
  }

  /** What to say of a document that parsed to nothing, or to something other than a map. */
  public static String notAMap(Object document) {
    return document == null
        ? "is empty; it must hold the sections jira, okta and requestTypes"
        : "must be a YAML map of sections such as jira, okta and requestTypes";
  }

  private static Optional<Integer> tabIndentedLine(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (TAB_INDENT.matcher(lines[i]).find()) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }
}
