package io.gatehouse.core.config;

import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One section of a configuration document, given as plain Java values (maps, lists, strings,
 * numbers, booleans and nulls, as a YAML or JSON parser produces them), read key by key.
 *
 * <p>A wrong value is never thrown: it is noted in the shared {@link ConfigProblems} with its full
 * key, and the reader gets a fallback so that it can go on and find the next problem too. A value
 * that might be a secret is never repeated in a problem.
 */
public final class ConfigSection {
  private final String path;
  private final Map<String, Object> values;
  private final ConfigProblems problems;

  private ConfigSection(String path, Map<?, ?> values, ConfigProblems problems) {
    this.path = path;
    this.values = new LinkedHashMap<>();
    values.forEach((name, value) -> this.values.put(String.valueOf(name), value));
    this.problems = problems;
  }

  /** The whole document, a map of sections. */
  public static ConfigSection root(Map<?, ?> document, ConfigProblems problems) {
    return new ConfigSection("", document, problems);
  }

  /** The key of this section, such as {@code requestTypes[2].approval}; empty for the root. */
  public String path() {
    return path;
  }

  /** The full key of one of this section's values. */
  public String key(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** Notes a problem with one of this section's values. */
  public void problem(String name, String what) {
    problems.add(key(name), what);
  }

  /** Notes a problem with this section as a whole. */
  public void problemWithSection(String what) {
    problems.add(path, what);
  }

  /** How many problems the whole document has so far. */
  public int problemCount() {
    return problems.count();
  }

  /** Whether the section has a value under this name that is neither null nor blank text. */
  public boolean has(String name) {
    Object value = values.get(name);
    return value != null && !(value instanceof String text && text.isBlank());
  }

  /** The names of this section's values, in the document's order. */
  public Set<String> names() {
    return new LinkedHashSet<>(values.keySet());
  }

  /** Notes every name the section does not know, since those are usually typos. */
  public void onlyKeys(List<String> known) {
    onlyKeys(known, "unknown key");
  }

  /** Notes every name the section does not know, with a hint saying what to do instead. */
  public void onlyKeys(List<String> known, String hint) {
    for (String name : values.keySet()) {
      if (!known.contains(name)) {
        String lookAlike =
            name.codePoints()
                .filter(c -> c > 0x7e || c < 0x20)
                .mapToObj(
                    c ->
                        " (it has the character "
                            + codePoint(c)
                            + ", which is not a plain ASCII letter)")
                .findFirst()
                .orElse("");
        problem(name, hint + lookAlike + "; known keys are " + String.join(", ", known));
      }
    }
  }

  /** A section that may be left out; when it is, an empty one that yields every fallback. */
  public ConfigSection section(String name) {
    return optionalSection(name).orElseGet(() -> empty(key(name)));
  }

  /** A section that must be there. */
  public Optional<ConfigSection> requiredSection(String name) {
    if (values.get(name) == null) {
      problem(name, "is required");
      return Optional.empty();
    }
    return optionalSection(name);
  }

  /** A section that may be left out; empty when it is, or when it is not a section. */
  public Optional<ConfigSection> optionalSection(String name) {
    Object value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof Map<?, ?> map)) {
      problem(name, "must be a section of keys");
      return Optional.empty();
    }
    return Optional.of(new ConfigSection(key(name), map, problems));
  }

  /**
   * The sections of a list of sections, each keyed by its place, such as {@code requestTypes[0]};
   * an item that is not a section is noted and left out. Empty when the list is left out.
   */
  public List<ConfigSection> sections(String name) {
    List<?> items = list(name);
    List<ConfigSection> sections = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String itemKey = key(name) + "[" + i + "]";
      if (items.get(i) instanceof Map<?, ?> map) {
        sections.add(new ConfigSection(itemKey, map, problems));
      } else {
        problems.add(itemKey, "must be a section of keys");
      }
    }
    return sections;
  }

  /** The items of a list; none when it is left out, or, noted, when it is not a list. */
  private List<?> list(String name) {
    Object value = values.get(name);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> items)) {
      problem(name, "must be a list");
      return List.of();
    }
    return items;
  }

  /** Whether the value is a list with at least one item. */
  public boolean hasItems(String name) {
    return values.get(name) instanceof List<?> items && !items.isEmpty();
  }

  /** A single value as text, stripped; empty when left out or blank. */
  public Optional<String> text(String name, boolean required) {
    Object value = values.get(name);
    if (value == null || (value instanceof String text && text.isBlank())) {
      if (required) {
        problem(name, "is required");
      }
      return Optional.empty();
    }
    if (!isScalar(value)) {
      problem(name, "must be a single value");
      return Optional.empty();
    }
    String text = String.valueOf(value).strip();
    Optional<String> hidden = hiddenCharacter(text);
    if (hidden.isPresent()) {
      problem(name, hidden.get());
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** A single value as text, or the fallback when left out or blank. */
  public String text(String name, String fallback) {
    return text(name, false).orElse(fallback);
  }

  /** A whole number from {@code min} to {@code max}, or the fallback when left out. */
  public int integer(String name, int fallback, int min, int max) {
    Object value = values.get(name);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Integer || value instanceof Long || value instanceof BigInteger)) {
      problem(name, "must be a whole number");
      return fallback;
    }
    BigInteger number = new BigInteger(value.toString());
    if (number.compareTo(BigInteger.valueOf(min)) < 0
        || number.compareTo(BigInteger.valueOf(max)) > 0) {
      problem(name, "must be between " + min + " and " + max);
      return fallback;
    }
    return number.intValue();
  }

  /** {@code true} or {@code false}, or the fallback when left out. */
  public boolean bool(String name, boolean fallback) {
    Object value = values.get(name);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Boolean bool)) {
      problem(name, "must be true or false");
      return fallback;
    }
    return bool;
  }

  /** A list of single values, stripped, each listed once; empty when left out. */
  public List<String> texts(String name) {
    List<?> items = list(name);
    Set<String> texts = new LinkedHashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      String itemKey = key(name) + "[" + i + "]";
      if (!isScalar(item) || String.valueOf(item).isBlank()) {
        problems.add(itemKey, "must be a non-empty value");
      } else if (hiddenCharacter(String.valueOf(item).strip()).isPresent()) {
        problems.add(itemKey, hiddenCharacter(String.valueOf(item).strip()).get());
      } else if (!texts.add(String.valueOf(item).strip())) {
        problems.add(itemKey, "'" + item + "' is listed twice");
      }
    }
    return List.copyOf(texts);
  }

  /**
   * An absolute http(s) URL without query, fragment or user, a trailing slash dropped. Plain http
   * is accepted only for {@code 127.0.0.1}, {@code localhost} and {@code [::1]} written exactly so,
   * since credentials would otherwise cross a network in clear text.
   */
  public Optional<URI> url(String name, boolean required) {
    Optional<String> text = text(name, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String written = text.get();
    URI uri;
    try {
      uri = new URI(written.endsWith("/") ? written.substring(0, written.length() - 1) : written);
    } catch (URISyntaxException e) {
      problem(name, "is not a URL: " + e.getReason());
      return Optional.empty();
    }
    if (uri.getHost() == null
        || uri.getScheme() == null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      problem(name, "must be an absolute URL with a host, and no query, fragment or user");
      return Optional.empty();
    }
    if ("http".equals(uri.getScheme()) && !isLoopback(uri.getHost())) {
      problem(
          name, "must use https; plain http is accepted only for 127.0.0.1, localhost and [::1]");
      return Optional.empty();
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      problem(name, "must use https");
      return Optional.empty();
    }
    return Optional.of(uri);
  }

  /** Whether a URL's host is one of the loopback names accepted for plain http. */
  public static boolean isLoopback(String host) {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
  }

  /**
   * What is wrong with a text holding a character that cannot be seen or that controls the
   * terminal, such as a zero-width space or a right-to-left override: pasted along with a group
   * name or a transition, it makes a value that looks right and never matches. Only the character
   * is named, never the value.
   */
  private static Optional<String> hiddenCharacter(String text) {
    return text.codePoints()
        .filter(
            c ->
                Character.getType(c) == Character.CONTROL
                    || Character.getType(c) == Character.FORMAT)
        .mapToObj(c -> "has the invisible or control character " + codePoint(c))
        .findFirst();
  }

  private static String codePoint(int c) {
    return String.format(Locale.ROOT, "U+%04X", c);
  }

  private static boolean isScalar(Object value) {
    return value instanceof String || value instanceof Number || value instanceof Boolean;
  }

  private ConfigSection empty(String emptyPath) {
    return new ConfigSection(emptyPath, Map.of(), problems);
  }
}
