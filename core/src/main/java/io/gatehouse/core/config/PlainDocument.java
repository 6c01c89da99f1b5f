package io.gatehouse.core.config;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a configuration document, as plain Java values, from the tokens a YAML or JSON parser
 * read, keeping every value as it is written: a YAML parser would otherwise settle some spellings
 * silently in a way nobody meant. So
 *
 * <ul>
 *   <li>a number is a number only when written plainly ({@code 25}, {@code -3}); {@code 025},
 *       {@code 0x19}, {@code 1_000}, {@code +5} and {@code 1e3} stay text, where YAML 1.1 would
 *       read octal 21, hex 25 and so on;
 *   <li>only {@code true} and {@code false} are booleans; {@code yes}, {@code no}, {@code on} and
 *       {@code off} stay the words written, so a group called {@code NO} is not {@code false};
 *   <li>an alias ({@code *name}) is refused, since parsers give the anchor's name instead of its
 *       value; a tag other than {@code !!str} is refused; and so is a second document, which would
 *       otherwise be ignored.
 * </ul>
 *
 * <p>The runtimes parse with their own parser (each configured to refuse a key given twice and
 * nesting deeper than {@link #MAX_DEPTH}) and hand the tokens here, so that both read a document
 * alike. No problem repeats the document's text, since it may hold a pasted secret.
 */
public final class PlainDocument {
  /** A configuration is a few KiB; a document larger than this many characters is refused. */
  public static final int MAX_CHARS = 1 << 20;

  /** The configuration nests five levels at most; parsers refuse nesting deeper than this. */
  public static final int MAX_DEPTH = 16;

  private static final Pattern PLAIN_INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final Pattern DUPLICATE =
      Pattern.compile("Duplicate field '([^']*)'.*", Pattern.DOTALL);
  private static final Pattern TAB_INDENT = Pattern.compile("^ *\t");
  private static final String TEXT_TAG = "tag:yaml.org,2002:str";

  /** What a parser read, in order. */
  public record Token(Kind kind, String text, int line, boolean alias, String tag) {}

  /** The kinds of token, as parsers tell them apart. */
  public enum Kind {
    START_MAP,
    KEY,
    END_MAP,
    START_LIST,
    END_LIST,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    TEXT,
    NULL,
    OTHER
  }

  /** The document cannot be read as configuration; the message says why and where. */
  public static final class Unreadable extends Exception {
    public Unreadable(String message) {
      super(message);
    }
  }

  private final List<Token> tokens;
  private int next;

  private PlainDocument(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The document's top-level map of sections. */
  public static Map<?, ?> read(List<Token> tokens) throws Unreadable {
    if (tokens.isEmpty()) {
      throw new Unreadable("is empty; it must hold the sections jira, okta and requestTypes");
    }
    PlainDocument document = new PlainDocument(tokens);
    Object value = document.value();
    document.checkNothingFollows();
    if (!(value instanceof Map<?, ?> map)) {
      throw new Unreadable(
          "must be a YAML or JSON map of sections such as jira, okta and requestTypes");
    }
    return map;
  }

  /** Says why a document is refused unread. */
  public static String tooLarge() {
    return "is larger than " + (MAX_CHARS >> 10) + " KiB; a configuration is a few KiB";
  }

  /**
   * Says why the parser stopped, from its message (only matched, never repeated), the line it
   * stopped at (0 when it did not say) and the document.
   */
  public static String malformed(String parserMessage, int line, boolean tooDeep, String text) {
    String at = line > 0 ? " at line " + line : "";
    if (tooDeep) {
      return "nests deeper than " + MAX_DEPTH + " levels" + at;
    }
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

  private Object value() throws Unreadable {
    Token token = tokens.get(next++);
    if (token.alias()) {
      throw new Unreadable(
          "uses an alias (*"
              + token.text()
              + "); anchors and aliases are not read, so write the value out"
              + at(token));
    }
    boolean scalar = token.kind() != Kind.START_MAP && token.kind() != Kind.START_LIST;
    if (token.tag() != null && !(TEXT_TAG.equals(token.tag()) && scalar)) {
      throw new Unreadable("has a tag such as !!binary, which is not read" + at(token));
    }
    return switch (token.kind()) {
      case START_MAP -> map();
      case START_LIST -> list();
      case INTEGER -> PLAIN_INTEGER.matcher(token.text()).matches() ? number(token) : token.text();
      case BOOLEAN ->
          token.text().equalsIgnoreCase("true") || token.text().equalsIgnoreCase("false")
              ? Boolean.valueOf(token.text().toLowerCase(Locale.ROOT))
              : token.text();
      case NULL -> null;
      case TEXT, DECIMAL -> token.text();
      default ->
          throw new Unreadable("has a value that is not text, a number, true or false" + at(token));
    };
  }

  private Map<String, Object> map() throws Unreadable {
    Map<String, Object> map = new LinkedHashMap<>();
    while (tokens.get(next).kind() == Kind.KEY) {
      String name = tokens.get(next++).text();
      map.put(name, value());
    }
    next++;
    return map;
  }

  private List<Object> list() throws Unreadable {
    List<Object> list = new ArrayList<>();
    while (tokens.get(next).kind() != Kind.END_LIST) {
      list.add(value());
    }
    next++;
    return list;
  }

  /** Only an empty second document may follow, as a closing {@code ---} leaves. */
  private void checkNothingFollows() throws Unreadable {
    if (next == tokens.size()) {
      return;
    }
    Token following = tokens.get(next);
    boolean empty =
        following.kind() == Kind.NULL
            || (following.kind() == Kind.TEXT && following.text().isEmpty());
    if (!empty || next + 1 < tokens.size()) {
      throw new Unreadable("holds more than one document; put everything into one" + at(following));
    }
  }

  private static Object number(Token token) {
    BigInteger value = new BigInteger(token.text());
    if (value.bitLength() < Integer.SIZE) {
      return value.intValue();
    }
    return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
  }

  private static String at(Token token) {
    return " at line " + token.line();
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
