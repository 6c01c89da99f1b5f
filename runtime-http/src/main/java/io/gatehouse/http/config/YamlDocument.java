package io.gatehouse.http.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a configuration document into plain Java values, each as it is written: a YAML parser
 * would otherwise settle some spellings silently in a way nobody meant. So
 *
 * <ul>
 *   <li>a number is a number only when written plainly ({@code 25}, {@code -3}); {@code 025},
 *       {@code 0x19}, {@code 1_000}, {@code +5} and {@code 1e3} stay text, where YAML 1.1 would
 *       read octal 21, hex 25 and so on;
 *   <li>only {@code true} and {@code false} are booleans; {@code yes}, {@code no}, {@code on} and
 *       {@code off} stay the words written, so a group called {@code NO} is not {@code false};
 *   <li>an alias ({@code *name}) is refused, since the parser would give the anchor's name instead
 *       of its value; a tag other than {@code !!str} is refused; and so is a second document, which
 *       would otherwise be ignored;
 *   <li>a key given twice in one section is refused rather than letting the last one win.
 * </ul>
 *
 * <p>A document larger than {@link #MAX_CHARS} or nested deeper than {@link #MAX_DEPTH} levels is
 * refused. The document's text is never repeated in an error, since it may hold a pasted secret.
 * The Lambda runtime's {@code io.gatehouse.lambda.config.YamlDocument} reads {@code
 * GATEHOUSE_CONFIG} the same way.
 */
final class YamlDocument {
  /** A configuration is a few KiB; a document this large is something else. */
  static final int MAX_CHARS = 1 << 20;

  /** The configuration nests five levels at most. */
  static final int MAX_DEPTH = 16;

  private static final YAMLFactory YAML =
      YAMLFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .build();

  private static final Pattern DUPLICATE =
      Pattern.compile("Duplicate field '([^']*)'.*", Pattern.DOTALL);
  private static final Pattern PLAIN_INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final String TEXT_TAG = "tag:yaml.org,2002:str";

  private YamlDocument() {}

  /** The document's top-level map of sections. */
  static Map<?, ?> read(String text) throws Unreadable {
    if (text.length() > MAX_CHARS) {
      throw new Unreadable(tooLarge());
    }
    YAMLParser parser;
    try {
      parser = (YAMLParser) YAML.createParser(text);
    } catch (IOException e) {
      throw new Unreadable("cannot be read");
    }
    try (parser) {
      if (parser.nextToken() == null) {
        throw new Unreadable("is empty");
      }
      Object document = value(parser);
      JsonToken next = parser.nextToken();
      boolean emptyDocumentFollows =
          next == JsonToken.VALUE_NULL
              || (next == JsonToken.VALUE_STRING && parser.getText().isEmpty());
      if (next != null && !(emptyDocumentFollows && parser.nextToken() == null)) {
        throw new Unreadable("holds more than one document; put everything into one" + at(parser));
      }
      if (!(document instanceof Map<?, ?> map)) {
        throw new Unreadable("must be a YAML map of sections");
      }
      return map;
    } catch (JacksonException e) {
      throw new Unreadable(describe(e, parser));
    } catch (IOException e) {
      throw new Unreadable("cannot be read");
    }
  }

  /** Says why a file is refused unread. */
  static String tooLarge() {
    return "is larger than " + (MAX_CHARS >> 10) + " KiB; a configuration is a few KiB";
  }

  /** The value that starts at the parser's current token, as written. */
  private static Object value(YAMLParser parser) throws IOException, Unreadable {
    if (parser.isCurrentAlias()) {
      throw new Unreadable(
          "uses an alias (*"
              + parser.getText()
              + "); anchors and aliases are not read, so write the value out"
              + at(parser));
    }
    Object tag = parser.getTypeId();
    JsonToken token = parser.currentToken();
    if (tag != null && !(TEXT_TAG.equals(tag) && token.isScalarValue())) {
      throw new Unreadable("has a tag such as !!binary, which is not read" + at(parser));
    }
    switch (token) {
      case START_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          map.put(name, value(parser));
        }
        return map;
      case START_ARRAY:
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(parser));
        }
        return list;
      case VALUE_NUMBER_INT:
        return PLAIN_INTEGER.matcher(parser.getText()).matches()
            ? parser.getNumberValue()
            : parser.getText();
      case VALUE_TRUE:
      case VALUE_FALSE:
        String word = parser.getText();
        return word.equalsIgnoreCase("true") || word.equalsIgnoreCase("false")
            ? parser.getBooleanValue()
            : word;
      case VALUE_NULL:
        return null;
      case VALUE_STRING:
      case VALUE_NUMBER_FLOAT:
        return parser.getText();
      default:
        throw new Unreadable("has a value that is not text, a number, true or false" + at(parser));
    }
  }

  private static String at(YAMLParser parser) {
    return " at line " + parser.currentTokenLocation().getLineNr();
  }

  private static String describe(JacksonException e, YAMLParser parser) {
    // A limit's exception has no location of its own; the parser is where it stopped.
    String line =
        " at line "
            + (e.getLocation() == null ? parser.currentLocation() : e.getLocation()).getLineNr();
    if (e instanceof StreamConstraintsException) {
      return "nests deeper than " + MAX_DEPTH + " levels" + line;
    }
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    Matcher duplicate = DUPLICATE.matcher(message);
    if (e instanceof StreamReadException && duplicate.matches()) {
      return "gives the key '" + duplicate.group(1) + "' twice in one section" + line;
    }
    return "is not valid YAML" + line;
  }

  /** The document cannot be read as configuration; the message says why and where. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }
}
