package io.gatehouse.http.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.core.secret.SecretRef;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads values out of a parsed YAML tree and collects every problem with its key, so that one
 * start-up reports all of them at once instead of one per attempt.
 */
final class ConfigReader {
  private static final Set<String> SECRET_SCHEMES = Set.of("env", "file");

  private final List<String> problems = new ArrayList<>();

  List<String> problems() {
    return problems;
  }

  void problem(String key, String what) {
    problems.add(key + ": " + what);
  }

  /** Reports keys the section does not know, which are usually typos. */
  void onlyKeys(JsonNode section, String path, String... known) {
    if (section == null || !section.isObject()) {
      return;
    }
    Set<String> allowed = Set.of(known);
    for (Iterator<String> names = section.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        problem(join(path, name), "unknown key; known keys are " + String.join(", ", known));
      }
    }
  }

  JsonNode section(JsonNode parent, String path, String name, boolean required) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || node.isNull()) {
      if (required) {
        problem(join(path, name), "is required");
      }
      return null;
    }
    if (!node.isObject()) {
      problem(join(path, name), "must be a section of keys");
      return null;
    }
    return node;
  }

  Optional<String> text(JsonNode parent, String path, String name, boolean required) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      if (required) {
        problem(join(path, name), "is required");
      }
      return Optional.empty();
    }
    if (!node.isValueNode()) {
      problem(join(path, name), "must be a single value");
      return Optional.empty();
    }
    return Optional.of(node.asText().strip());
  }

  String text(JsonNode parent, String path, String name, String fallback) {
    return text(parent, path, name, false).orElse(fallback);
  }

  int integer(JsonNode parent, String path, String name, int fallback, int min, int max) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber()) {
      problem(join(path, name), "must be a whole number");
      return fallback;
    }
    int value = node.asInt();
    if (value < min || value > max) {
      problem(join(path, name), "must be between " + min + " and " + max);
      return fallback;
    }
    return value;
  }

  boolean bool(JsonNode parent, String path, String name, boolean fallback) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isBoolean()) {
      problem(join(path, name), "must be true or false");
      return fallback;
    }
    return node.asBoolean();
  }

  List<String> texts(JsonNode parent, String path, String name) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      problem(join(path, name), "must be a list");
      return List.of();
    }
    Set<String> values = new LinkedHashSet<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      if (!item.isValueNode() || item.asText().isBlank()) {
        problem(join(path, name) + "[" + i + "]", "must be a non-empty value");
      } else if (!values.add(item.asText().strip())) {
        problem(join(path, name) + "[" + i + "]", "'" + item.asText() + "' is listed twice");
      }
    }
    return List.copyOf(values);
  }

  /**
   * A secret reference ({@code env:NAME} or {@code file:PATH}). An inline value is refused without
   * repeating it, since it may be the secret itself.
   */
  Optional<SecretRef> secret(JsonNode parent, String path, String name, boolean required) {
    Optional<String> text = text(parent, path, name, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String value = text.get();
    int colon = value.indexOf(':');
    String scheme = colon > 0 ? value.substring(0, colon) : "";
    String rest = colon > 0 ? value.substring(colon + 1) : "";
    boolean wellFormed =
        SECRET_SCHEMES.contains(scheme)
            && !rest.isBlank()
            && (!scheme.equals("env") || rest.matches("[A-Za-z_][A-Za-z0-9_]*"));
    if (!wellFormed) {
      problem(
          join(path, name),
          "must be a secret reference such as env:VARIABLE or file:/path/to/file, not a value"
              + " (the value given is not shown)");
      return Optional.empty();
    }
    return Optional.of(SecretRef.parse(value));
  }

  /** An absolute http(s) URL without query or fragment; plain http only for loopback hosts. */
  Optional<URI> url(JsonNode parent, String path, String name, boolean required) {
    Optional<String> text = text(parent, path, name, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String key = join(path, name);
    URI uri;
    try {
      uri = new URI(stripTrailingSlash(text.get()));
    } catch (URISyntaxException e) {
      problem(key, "is not a URL: " + e.getReason());
      return Optional.empty();
    }
    if (uri.getHost() == null
        || uri.getScheme() == null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      problem(key, "must be an absolute URL with a host, and no query, fragment or user");
      return Optional.empty();
    }
    if ("http".equals(uri.getScheme())) {
      if (!isLoopback(uri.getHost())) {
        problem(
            key, "must use https; plain http is accepted only for 127.0.0.1, localhost and [::1]");
        return Optional.empty();
      }
    } else if (!"https".equals(uri.getScheme())) {
      problem(key, "must use https");
      return Optional.empty();
    }
    return Optional.of(uri);
  }

  /**
   * The loopback names the adapters accept too: {@code 127.0.0.1}, {@code localhost} and {@code
   * ::1}, written exactly so. Other loopback spellings are refused here, with their key, rather
   * than by an adapter at start-up.
   */
  static boolean isLoopback(String host) {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
