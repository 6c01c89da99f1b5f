package io.gatehouse.testkit.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The paged envelope of servicedeskapi: {@code size, start, limit, isLastPage, values, _links,
 * _expands} and no total. The page is capped at the server's maximum, while {@code limit} echoes
 * what was asked, so a capped first page shows {@code size < limit} with {@code isLastPage} false.
 */
final class Page {
  static final int DEFAULT_LIMIT = 50;

  private Page() {}

  static ObjectNode of(
      List<JsonNode> all,
      Map<String, List<String>> query,
      int maxLimit,
      String base,
      String selfPath) {
    int start = Math.max(0, intParam(query, "start", 0));
    int asked = intParam(query, "limit", DEFAULT_LIMIT);
    int limit = asked <= 0 ? DEFAULT_LIMIT : asked;
    int served = Math.min(limit, maxLimit);

    int from = Math.min(start, all.size());
    int to = Math.min(all.size(), from + served);
    boolean last = to >= all.size();

    ObjectNode page = JsmJson.MAPPER.createObjectNode();
    page.putArray("_expands");
    page.put("size", to - from);
    page.put("start", start);
    page.put("limit", limit);
    page.put("isLastPage", last);
    page.putArray("values").addAll(all.subList(from, to));

    ObjectNode links = page.putObject("_links");
    links.put("base", base);
    links.put("context", "");
    if (!last) {
      links.put("next", base + selfPath + "?" + withPaging(query, to, limit));
    }
    links.put("self", base + selfPath + "?" + withPaging(query, start, limit));
    if (start > 0) {
      links.put(
          "prev", base + selfPath + "?" + withPaging(query, Math.max(0, start - limit), limit));
    }
    return page;
  }

  static int intParam(Map<String, List<String>> query, String name, int fallback) {
    List<String> values = query.get(name);
    if (values == null || values.isEmpty() || values.get(0).isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(values.get(0));
    } catch (NumberFormatException e) {
      throw new ApiError(400, "The value of '" + name + "' is not a number: " + values.get(0));
    }
  }

  private static String withPaging(Map<String, List<String>> query, int start, int limit) {
    StringJoiner joiner = new StringJoiner("&");
    query.forEach(
        (name, values) -> {
          if (!name.equals("start") && !name.equals("limit")) {
            values.forEach(value -> joiner.add(JsmJson.encode(name) + "=" + JsmJson.encode(value)));
          }
        });
    joiner.add("start=" + start);
    joiner.add("limit=" + limit);
    return joiner.toString();
  }
}
