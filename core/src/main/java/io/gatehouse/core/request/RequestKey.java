package io.gatehouse.core.request;

import java.util.Objects;
import java.util.regex.Pattern;

/** The key of a service request, such as {@code ITS-42}: a project key, a dash and a number. */
public record RequestKey(String value) implements Comparable<RequestKey> {
  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]*");

  public RequestKey {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("not a request key: '" + value + "'");
    }
  }

  public static RequestKey of(String value) {
    return new RequestKey(value);
  }

  @Override
  public int compareTo(RequestKey other) {
    int project = project().compareTo(other.project());
    return project != 0 ? project : Long.compare(number(), other.number());
  }

  public String project() {
    return value.substring(0, value.lastIndexOf('-'));
  }

  public long number() {
    return Long.parseLong(value.substring(value.lastIndexOf('-') + 1));
  }

  @Override
  public String toString() {
    return value;
  }
}
