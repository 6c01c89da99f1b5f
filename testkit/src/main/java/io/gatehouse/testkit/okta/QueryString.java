package io.gatehouse.testkit.okta;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Query strings and form bodies: decoding into the first value of each name, and encoding. */
final class QueryString {
  private QueryString() {}

  static Map<String, String> parse(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.putIfAbsent(name, value);
    }
    return params;
  }

  static String encode(Map<String, String> params) {
    StringBuilder out = new StringBuilder();
    params.forEach(
        (name, value) -> {
          if (out.length() > 0) {
            out.append('&');
          }
          out.append(URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
          out.append('=');
          out.append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        });
    return out.toString();
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
