package io.gatehouse.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.core.port.ServiceDeskException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every page of a servicedeskapi list. The desk caps pages below the asked limit without
 * saying so, so the next start advances by what came back, and the loop ends on {@code isLastPage}
 * or on an empty page (in case {@code isLastPage} is missing).
 */
final class Pages {
  static final int LIMIT = 50;
  // A desk that ignored start would serve the same page forever; no desk list is this long.
  static final int MAX_PAGES = 2000;

  private Pages() {}

  /** The values of a list read to its end, and how many pages held any. */
  record Listing(List<JsonNode> values, int pages) {
    Listing {
      values = List.copyOf(values);
    }
  }

  static List<JsonNode> all(JsmClient client, String path, Map<String, List<String>> query) {
    return read(client, path, query).values();
  }

  static Listing read(JsmClient client, String path, Map<String, List<String>> query) {
    List<JsonNode> values = new ArrayList<>();
    int start = 0;
    for (int pages = 1; pages <= MAX_PAGES; pages++) {
      Map<String, List<String>> pageQuery = new LinkedHashMap<>(query);
      pageQuery.put("start", List.of(Integer.toString(start)));
      pageQuery.put("limit", List.of(Integer.toString(LIMIT)));
      JsonNode page = client.get(path, pageQuery);

      JsonNode pageValues = page.path("values");
      if (pageValues.isEmpty()) {
        return new Listing(values, pages - 1);
      }
      pageValues.forEach(values::add);
      if (page.path("isLastPage").asBoolean(false)) {
        return new Listing(values, pages);
      }
      start += pageValues.size();
    }
    throw new ServiceDeskException(
        "GET " + path + " still had pages after " + MAX_PAGES + "; the desk may ignore 'start'",
        false);
  }
}
