package io.gatehouse.lambda.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.gatehouse.core.config.PlainDocument;
import io.gatehouse.core.config.PlainDocument.Kind;
import io.gatehouse.core.config.PlainDocument.Token;
import io.gatehouse.core.config.PlainDocument.Unreadable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses a YAML or JSON configuration document into the tokens {@link PlainDocument} builds its
 * values from, refusing a key given twice and nesting deeper than {@link PlainDocument#MAX_DEPTH}.
 */
final class YamlDocument {
  private static final YAMLFactory YAML =
      YAMLFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(PlainDocument.MAX_DEPTH).build())
          .build();

  private YamlDocument() {}

  /** The document's top-level map of sections. */
  static Map<?, ?> read(String text) throws Unreadable {
    if (text.length() > PlainDocument.MAX_CHARS) {
      throw new Unreadable(PlainDocument.tooLarge());
    }
    List<Token> tokens = new ArrayList<>();
    YAMLParser parser = null;
    try {
      parser = (YAMLParser) YAML.createParser(text);
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        Object tag = parser.getTypeId();
        tokens.add(
            new Token(
                kind(token),
                token == JsonToken.FIELD_NAME ? parser.currentName() : parser.getText(),
                parser.currentTokenLocation().getLineNr(),
                parser.isCurrentAlias(),
                tag == null ? null : tag.toString()));
      }
    } catch (JacksonException e) {
      // A limit's exception has no location of its own; the parser is where it stopped.
      JsonLocation where =
          e.getLocation() != null || parser == null ? e.getLocation() : parser.currentLocation();
      throw new Unreadable(
          PlainDocument.malformed(
              e.getOriginalMessage(),
              where == null ? 0 : where.getLineNr(),
              e instanceof StreamConstraintsException,
              text));
    } catch (IOException e) {
      throw new Unreadable("cannot be read");
    } finally {
      close(parser);
    }
    return PlainDocument.read(tokens);
  }

  private static Kind kind(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> Kind.START_MAP;
      case FIELD_NAME -> Kind.KEY;
      case END_OBJECT -> Kind.END_MAP;
      case START_ARRAY -> Kind.START_LIST;
      case END_ARRAY -> Kind.END_LIST;
      case VALUE_NUMBER_INT -> Kind.INTEGER;
      case VALUE_NUMBER_FLOAT -> Kind.DECIMAL;
      case VALUE_TRUE, VALUE_FALSE -> Kind.BOOLEAN;
      case VALUE_STRING -> Kind.TEXT;
      case VALUE_NULL -> Kind.NULL;
      default -> Kind.OTHER;
    };
  }

  private static void close(YAMLParser parser) {
    try {
      if (parser != null) {
        parser.close();
      }
    } catch (IOException e) {
      // Reading a string: nothing is left open.
    }
  }
}
