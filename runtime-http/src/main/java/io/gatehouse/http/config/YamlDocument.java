package io.gatehouse.http.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a configuration document into plain Java values. A key given twice in one section is
 * refused rather than letting the last one silently win. The document's text is never repeated in
 * an error, since it may hold a pasted secret.
 */
final class YamlDocument {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static final Pattern DUPLICATE =
      Pattern.compile("Duplicate field '([^']*)'.*", Pattern.DOTALL);

  private YamlDocument() {}

  /** The document's top-level map of sections. */
  static Map<?, ?> read(String text) throws Unreadable {
    Object document;
    try {
      document = YAML.readValue(text, Object.class);
    } catch (JacksonException e) {
      throw new Unreadable(describe(e));
    }
    if (!(document instanceof Map<?, ?> map)) {
      throw new Unreadable("must be a YAML map of sections");
    }
    return map;
  }

  private static String describe(JacksonException e) {
    String line = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
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
