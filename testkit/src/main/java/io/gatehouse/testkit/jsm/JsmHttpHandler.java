package io.gatehouse.testkit.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side: records each call, plays canned responses, checks basic auth, then routes to
 * {@link JsmApi} under the state's lock.
 */
final class JsmHttpHandler implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(JsmHttpHandler.class);
  private static final String REQUESTS = "/rest/servicedeskapi/request";

  private static final Pattern PROPERTY =
      Pattern.compile("/rest/api/[23]/issue/([^/]+)/properties/([^/]+)");
  private static final Pattern ISSUE = Pattern.compile("/rest/api/[23]/issue/([^/]+)");
  private static final Pattern USER_GROUPS = Pattern.compile("/rest/api/[23]/user/groups");
  private static final Pattern TRANSITIONS =
      Pattern.compile("/rest/api/[23]/issue/([^/]+)/transitions");

  private final JsmState state;
  private final JsmApi api;
  private final PlatformApi platform;
  private final PlatformIssues issues;

  JsmHttpHandler(JsmState state, JsmApi api, PlatformApi platform, PlatformIssues issues) {
    this.state = state;
    this.api = api;
    this.platform = platform;
    this.issues = issues;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      String rawQuery = exchange.getRequestURI().getRawQuery();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      state.record(new RecordedRequest(method, path, rawQuery, redacted(exchange), body));

      Optional<CannedResponse> canned = state.takeCanned(path);
      if (canned.isPresent()) {
        sendCanned(exchange, canned.get());
        return;
      }

      Optional<JsmAccount> caller =
          authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
      if (caller.isEmpty()) {
        if (exchange.getRequestHeaders().containsKey("Authorization")) {
          exchange.getResponseHeaders().set("X-Seraph-LoginReason", "AUTHENTICATED_FAILED");
        }
        send(exchange, 401, JsmJson.error("Client must be authenticated to access this resource."));
        return;
      }
      exchange.getResponseHeaders().set("X-AACCOUNTID", caller.get().accountId());

      JsmApi.Reply reply;
      try {
        synchronized (state) {
          reply = route(caller.get(), method, path, Query.parse(rawQuery), body);
        }
      } catch (ApiError error) {
        JsonNode errorBody =
            error.platform()
                ? JsmJson.platformError(error.getMessage(), error.fieldErrors(), error.status())
                : JsmJson.error(error.getMessage());
        reply = new JsmApi.Reply(error.status(), errorBody);
      }
      send(exchange, reply.status(), reply.body());
    } catch (RuntimeException e) {
      LOG.warn("simulator failed to answer; check the seeded data", e);
      send(exchange, 500, JsmJson.error("Internal server error: " + e.getMessage()));
    }
  }

  /** The groups of a user: an array of {@code {name, groupId, self}}; 404 for an unknown one. */
  private JsmApi.Reply userGroups(Map<String, List<String>> query) {
    List<String> ids = query.getOrDefault("accountId", List.of());
    if (ids.isEmpty()) {
      throw ApiError.platform(400, "The accountId query parameter is required.");
    }
    String accountId = ids.get(0);
    if (!state.hasAccount(accountId)) {
      throw ApiError.platform(404, "User with accountId '" + accountId + "' was not found.");
    }
    ArrayNode groups = JsmJson.MAPPER.createArrayNode();
    for (String group : state.groupsOf(accountId)) {
      String id = UUID.nameUUIDFromBytes(group.getBytes(StandardCharsets.UTF_8)).toString();
      groups.addObject().put("name", group).put("groupId", id);
    }
    return new JsmApi.Reply(200, groups);
  }

  private JsmApi.Reply route(
      JsmAccount caller, String method, String path, Map<String, List<String>> query, String body) {
    if (USER_GROUPS.matcher(path).matches() && method.equals("GET")) {
      return userGroups(query);
    }
    Matcher property = PROPERTY.matcher(path);
    if (property.matches()) {
      return routeProperty(caller, method, property.group(1), property.group(2), body);
    }
    Matcher issue = ISSUE.matcher(path);
    if (issue.matches() && method.equals("GET")) {
      return issues.getIssue(caller, issue.group(1), query);
    }
    Matcher transitions = TRANSITIONS.matcher(path);
    if (transitions.matches()) {
      return switch (method) {
        case "GET" -> issues.listTransitions(caller, transitions.group(1), query);
        case "POST" -> issues.transition(caller, transitions.group(1), platformJson(body));
        default -> throw ApiError.platform(405, "Method " + method + " is not allowed here.");
      };
    }
    if (!path.equals(REQUESTS) && !path.startsWith(REQUESTS + "/")) {
      throw new ApiError(404, "No resource at " + path);
    }
    String[] parts = path.substring(REQUESTS.length()).replaceFirst("^/", "").split("/");
    String key = parts[0];
    String tail = parts.length > 1 ? parts[1] : "";
    if (parts.length > 2) {
      throw new ApiError(404, "No resource at " + path);
    }

    String route =
        method + " " + (key.isEmpty() ? "" : "{key}") + (tail.isEmpty() ? "" : "/" + tail);
    return switch (route) {
      case "GET " -> api.listRequests(caller, query);
      case "GET {key}" -> api.getRequest(caller, key);
      case "GET {key}/approval" -> api.listApprovals(caller, key, query);
      case "GET {key}/comment" -> api.listComments(caller, key, query);
      case "POST {key}/comment" -> api.addComment(caller, key, json(body));
      case "GET {key}/transition" -> api.listTransitions(caller, key, query);
      case "POST {key}/transition" -> api.transition(caller, key, json(body));
      default -> throw new ApiError(404, "No resource for " + method + " " + path);
    };
  }

  private JsmApi.Reply routeProperty(
      JsmAccount caller, String method, String key, String propertyKey, String body) {
    return switch (method) {
      case "GET" -> platform.getProperty(caller, key, propertyKey);
      case "PUT" -> platform.putProperty(caller, key, propertyKey, body);
      case "DELETE" -> platform.deleteProperty(caller, key, propertyKey);
      default -> throw ApiError.platform(405, "Method " + method + " is not allowed here.");
    };
  }

  private Optional<JsmAccount> authenticate(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    return state.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  private static JsonNode json(String body) {
    JsonNode node;
    try {
      node = JsmJson.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new ApiError(400, "The request body is not valid JSON.");
    }
    if (node == null || !node.isObject()) {
      throw new ApiError(400, "The request body must be a JSON object.");
    }
    return node;
  }

  private static JsonNode platformJson(String body) {
    try {
      JsonNode node = JsmJson.MAPPER.readTree(body);
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (IOException e) {
      // Answered below, as the platform does for any unreadable body.
    }
    throw ApiError.platform(400, "The request body is not a JSON object.");
  }

  private static Map<String, List<String>> redacted(HttpExchange exchange) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              String lower = name.toLowerCase(Locale.ROOT);
              headers.put(
                  lower,
                  lower.equals("authorization") ? List.of("[redacted]") : List.copyOf(values));
            });
    return headers;
  }

  private static void sendCanned(HttpExchange exchange, CannedResponse canned) throws IOException {
    canned.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    byte[] bytes = canned.body().getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0) {
      exchange.getResponseHeaders().set("Content-Type", canned.contentType());
    }
    write(exchange, canned.status(), bytes);
  }

  private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    if (body == null) {
      write(exchange, status, new byte[0]);
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
    write(exchange, status, JsmJson.MAPPER.writeValueAsBytes(body));
  }

  private static void write(HttpExchange exchange, int status, byte[] bytes) throws IOException {
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
