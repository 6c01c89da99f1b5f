package io.gatehouse.http.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.gatehouse.core.config.UnreadableDocument;
import java.util.Map;

/**
 * Parses a configuration document into plain Java values. A key given twice in one section is
 * refused rather than letting the last one silently win. The document's text is never repeated in
 * an error, since it may hold a pasted secret.
 */
final class YamlDocument {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private YamlDocument() {}

  /** The document's top-level map of sections. */
  static Map<?, ?> read(String text) throws Unreadable {
    Object document;
    try {
      document = YAML.readValue(text, Object.class);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new Unreadable(UnreadableDocument.describe(e.getOriginalMessage(), line, text));
    }
    if (!(document instanceof Map<?, ?> map)) {
      throw new Unreadable(UnreadableDocument.notAMap(document));
    }
    return map;
  }

  /** The document cannot be read as configuration; the message says why and where. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }
}
