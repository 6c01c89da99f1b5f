package io.gatehouse.testkit.okta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Receives every call: rate limits, faults, authentication, dispatch, the request log and the
 * headers every Okta answer carries.
 */
final class Router implements HttpHandler {
  private final OktaState state;
  private final Supplier<String> baseUrl;
  private final RateLimits rateLimits;
  private final DpopProofs dpop;
  private final TokenEndpoint tokens;
  private final UsersApi users;
  private final LifecycleApi lifecycle;
  private final GroupsApi groups;

  Router(OktaState state, Supplier<String> baseUrl) {
    this.state = state;
    this.baseUrl = baseUrl;
    this.rateLimits = new RateLimits(state);
    this.dpop = new DpopProofs(state);
    this.tokens = new TokenEndpoint(state, dpop);
    this.users = new UsersApi(state);
    this.lifecycle = new LifecycleApi(state, users);
    this.groups = new GroupsApi(state, users);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      String rawPath = exchange.getRequestURI().getRawPath();
      String rawQuery = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
      Map<String, String> headers = firstHeaders(exchange);
      byte[] body = exchange.getRequestBody().readAllBytes();
      boolean overConcurrency;
      synchronized (state) {
        state.inFlight++;
        overConcurrency = state.inFlight > state.concurrencyLimit;
      }
      try {
        pause();
        handle(exchange, method, rawPath, rawQuery, headers, body, overConcurrency);
      } finally {
        synchronized (state) {
          state.inFlight--;
        }
      }
    }
  }

  private void handle(
      HttpExchange exchange,
      String method,
      String rawPath,
      String rawQuery,
      Map<String, String> headers,
      byte[] body,
      boolean overConcurrency)
      throws IOException {
    Reply reply;
    RateLimits.Usage usage;
    boolean resetTwice;
    synchronized (state) {
      String path = decode(rawPath);
      usage =
          overConcurrency
              ? RateLimits.concurrencyExceeded(state.now())
              : rateLimits.count(RateLimits.bucket(method, path));
      reply = answer(method, rawPath, path, rawQuery, headers, body, usage);
      state.requests.add(Redaction.recorded(method, path, rawQuery, exchange, body, reply));
      resetTwice = state.resetHeaderTwice;
    }
    send(exchange, reply, usage, resetTwice);
  }

  private Reply answer(
      String method,
      String rawPath,
      String path,
      String rawQuery,
      Map<String, String> headers,
      byte[] body,
      RateLimits.Usage usage) {
    if (!usage.allowed()) {
      dpop.consume(headers.get("dpop"));
      return error(
          OktaError.of(429, "E0000047", "API call exceeded rate limit due to too many requests."));
    }
    Deque<Fault> pending = state.faultsFor(method, path);
    Fault fault = pending.pollFirst();
    if (fault != null && !fault.afterHandling()) {
      dpop.consume(headers.get("dpop"));
      return faultReply(fault);
    }

    Reply reply;
    try {
      reply = dispatch(method, rawPath, path, rawQuery, headers, body);
    } catch (OktaError e) {
      reply = error(e);
    } catch (OAuthError e) {
      ObjectNode node = OktaJson.MAPPER.createObjectNode();
      node.put("error", e.error);
      node.put("error_description", e.description);
      List<String[]> extra = new ArrayList<>();
      e.headers.forEach((name, value) -> extra.add(new String[] {name, value}));
      reply = new Reply(e.status, node, extra);
    }
    return fault != null ? faultReply(fault) : reply;
  }

  private Reply dispatch(
      String method,
      String rawPath,
      String path,
      String rawQuery,
      Map<String, String> headers,
      byte[] body) {
    String base = baseUrl.get();
    if (path.equals("/oauth2/v1/token")) {
      if (!method.equals("POST")) {
        throw OktaError.notFound(path);
      }
      return tokens.token(base, headers, body);
    }
    if (!path.startsWith("/api/v1/")) {
      throw OktaError.notFound(path);
    }

    Set<String> scopes = authenticate(method, base + path, headers);
    Call call = new Call(method, path, QueryString.parse(rawQuery), body, scopes, base);
    List<String> segments = new ArrayList<>();
    for (String segment : rawPath.substring("/api/v1/".length()).split("/", -1)) {
      segments.add(decode(segment));
    }
    return route(call, segments);
  }

  private Reply route(Call call, List<String> s) {
    String m = call.method();
    int n = s.size();
    if (s.get(0).equals("users")) {
      if (n == 1 && m.equals("POST")) {
        return users.create(call);
      } else if (n == 1 && m.equals("GET")) {
        return users.list(call);
      } else if (n == 2 && m.equals("GET")) {
        return users.get(call, s.get(1));
      } else if (n == 2 && m.equals("POST")) {
        return users.update(call, s.get(1));
      } else if (n == 2 && m.equals("DELETE")) {
        return users.delete(call, s.get(1));
      } else if (n == 3 && s.get(2).equals("groups") && m.equals("GET")) {
        return users.groups(call, s.get(1));
      } else if (n == 4 && s.get(2).equals("lifecycle") && m.equals("POST")) {
        return lifecycle.handle(call, s.get(1), s.get(3));
      }
    } else if (s.get(0).equals("groups")) {
      if (n == 1 && m.equals("GET")) {
        return groups.list(call);
      } else if (n == 2 && m.equals("GET")) {
        return groups.get(call, s.get(1));
      } else if (n == 3 && s.get(2).equals("users") && m.equals("GET")) {
        return groups.members(call, s.get(1));
      } else if (n == 4 && s.get(2).equals("users") && (m.equals("PUT") || m.equals("DELETE"))) {
        return groups.changeMembership(call, s.get(1), s.get(3), m.equals("PUT"));
      }
    }
    throw OktaError.notFound(call.path());
  }

  /** The scopes the caller holds; 401 E0000011 when the credential is missing or unknown. */
  private Set<String> authenticate(String method, String url, Map<String, String> headers) {
    String authorization = headers.getOrDefault("authorization", "");
    int space = authorization.indexOf(' ');
    String scheme = space < 0 ? "" : authorization.substring(0, space);
    String credential = space < 0 ? "" : authorization.substring(space + 1).trim();
    if (scheme.equals("SSWS") && state.apiTokens.contains(credential)) {
      return OktaState.ALL_SCOPES;
    }
    OktaState.AccessToken token = state.accessTokens.get(credential);
    if (token == null || !token.expiresAt().isAfter(state.now())) {
      throw OktaError.invalidToken();
    }
    if (scheme.equals("Bearer") && token.dpopJkt() == null) {
      return token.scopes();
    }
    if (scheme.equals("DPoP") && token.dpopJkt() != null) {
      dpop.verifyApiCall(headers.get("dpop"), method, url, credential, token.dpopJkt());
      return token.scopes();
    }
    throw OktaError.invalidToken();
  }

  private Reply error(OktaError e) {
    return new Reply(e.status, OktaJson.error(e, "oae" + state.newToken(22)), List.of());
  }

  private static Reply faultReply(Fault fault) {
    List<String[]> headers = new ArrayList<>();
    fault.headers().forEach((name, value) -> headers.add(new String[] {name, value}));
    JsonNode body = null;
    if (!fault.body().isEmpty()) {
      try {
        body = OktaJson.MAPPER.readTree(fault.body());
      } catch (IOException e) {
        throw new IllegalArgumentException("fault body is not JSON", e);
      }
    }
    return new Reply(fault.status(), body, headers);
  }

  private void send(HttpExchange exchange, Reply reply, RateLimits.Usage usage, boolean resetTwice)
      throws IOException {
    var out = exchange.getResponseHeaders();
    out.set("X-Rate-Limit-Limit", String.valueOf(usage.limit()));
    out.set("X-Rate-Limit-Remaining", String.valueOf(usage.remaining()));
    out.set("X-Rate-Limit-Reset", String.valueOf(usage.resetEpochSeconds()));
    for (String[] header : reply.headers()) {
      // A canned answer's own rate-limit headers replace the bucket's; others are added.
      if (header[0].toLowerCase(Locale.ROOT).startsWith("x-rate-limit-")) {
        out.set(header[0], header[1]);
      } else {
        out.add(header[0], header[1]);
      }
    }
    if (resetTwice) {
      out.add("X-Rate-Limit-Reset", out.getFirst("X-Rate-Limit-Reset"));
    }
    if (reply.body() == null) {
      exchange.sendResponseHeaders(reply.status(), -1);
      return;
    }
    byte[] bytes = OktaJson.MAPPER.writeValueAsBytes(reply.body());
    out.set("Content-Type", "application/json");
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream stream = exchange.getResponseBody()) {
      stream.write(bytes);
    }
  }

  private void pause() {
    long millis;
    synchronized (state) {
      millis = state.latency.toMillis();
    }
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static Map<String, String> firstHeaders(HttpExchange exchange) {
    Map<String, String> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
    return headers;
  }

  private static String decode(String raw) {
    return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
