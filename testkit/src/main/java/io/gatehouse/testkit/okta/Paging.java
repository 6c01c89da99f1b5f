package io.gatehouse.testkit.okta;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Cursor paging as Okta does it: an opaque {@code after} cursor, a {@code limit}, and one {@code
 * link} header per relation.
 */
final class Paging {
  private Paging() {}

  record Page<T>(List<T> items, List<String[]> headers) {}

  static <T> Page<T> page(
      List<T> all,
      Function<T, String> idOf,
      Call call,
      int defaultLimit,
      int maxPageSize,
      boolean pageable) {
    int limit = call.param("limit").map(Paging::parseLimit).orElse(defaultLimit);
    limit = Math.min(limit, maxPageSize);
    int start = 0;
    if (pageable && call.param("after").isPresent()) {
      String afterId = decode(call.param("after").get());
      for (int i = 0; i < all.size(); i++) {
        if (idOf.apply(all.get(i)).equals(afterId)) {
          start = i + 1;
        }
      }
    }
    int end = Math.min(all.size(), start + limit);
    List<T> items = new ArrayList<>(all.subList(start, end));

    List<String[]> headers = new ArrayList<>();
    Map<String, String> selfParams = new LinkedHashMap<>(call.query());
    headers.add(new String[] {"link", "<" + url(call, selfParams) + ">; rel=\"self\""});
    if (pageable && end < all.size() && !items.isEmpty()) {
      Map<String, String> nextParams = new LinkedHashMap<>(call.query());
      nextParams.put("after", encode(idOf.apply(items.get(items.size() - 1))));
      nextParams.put("limit", String.valueOf(limit));
      headers.add(new String[] {"link", "<" + url(call, nextParams) + ">; rel=\"next\""});
    }
    return new Page<>(items, headers);
  }

  private static int parseLimit(String text) {
    try {
      int limit = Integer.parseInt(text);
      if (limit < 1) {
        throw OktaError.validation("limit", "must be positive");
      }
      return limit;
    } catch (NumberFormatException e) {
      throw OktaError.validation("limit", "must be a number");
    }
  }

  private static String url(Call call, Map<String, String> params) {
    String query = QueryString.encode(params);
    return call.baseUrl() + call.path() + (query.isEmpty() ? "" : "?" + query);
  }

  private static String encode(String id) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("c1:" + id).getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith("c1:")) {
        return text.substring(3);
      }
    } catch (IllegalArgumentException e) {
      throw OktaError.validation("after", "is not a valid cursor");
    }
    throw OktaError.validation("after", "is not a valid cursor");
  }
}
