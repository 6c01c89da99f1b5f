package io.gatehouse.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.SecretUnavailableException;
import io.gatehouse.core.port.ServiceDeskException;
import io.gatehouse.core.secret.Secret;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Calls the desk as the agent account: basic auth from the secret store, one fresh read of the
 * token after a 401, waits and retries on 429 and 503, and turns every other non-2xx answer into a
 * {@link ServiceDeskException} carrying the desk's own error text.
 */
final class JsmClient {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final long MAX_BODY = 16L * 1024 * 1024;

  /** A 2xx answer: its status and parsed body (a missing node when empty). */
  record Reply(int status, JsonNode body) {}

  private final JiraSettings settings;
  private final SecretStore secrets;
  private final OkHttpClient http;
  private final ObjectMapper json;
  private final RetryPolicy retries;
  private final Pause pause;
  private final HttpUrl site;

  JsmClient(
      JiraSettings settings,
      SecretStore secrets,
      OkHttpClient http,
      ObjectMapper json,
      RetryPolicy retries,
      Pause pause) {
    this.settings = settings;
    this.secrets = secrets;
    this.http = http;
    this.json = json;
    this.retries = retries;
    this.pause = pause;
    this.site = HttpUrl.get(settings.siteUrl().toString());
  }

  JsonNode get(String path, Map<String, List<String>> query) {
    return send("GET", path, query, null, false, false).orElseThrow().body();
  }

  /** A GET that answers empty on 404, which JSM gives for unknown and invisible alike. */
  Optional<JsonNode> getIfFound(String path) {
    return getIfFound(path, Map.of());
  }

  /** A GET with a query that answers empty on 404. */
  Optional<JsonNode> getIfFound(String path, Map<String, List<String>> query) {
    return send("GET", path, query, null, true, false).map(Reply::body);
  }

  Reply post(String path, Object body) {
    return send("POST", path, Map.of(), body, false, false).orElseThrow();
  }

  /**
   * A POST whose 400 answer is data rather than a failure, for callers that can act on the desk's
   * per-field {@code errors}; the body of a 400 is a missing node when it is not JSON.
   */
  Reply postAllowingRefusal(String path, Object body) {
    return send("POST", path, Map.of(), body, false, true).orElseThrow();
  }

  /** The desk's own words for a refusal returned by {@link #postAllowingRefusal}. */
  String describe(String method, String path, Reply refused) {
    String text = refused.body().isMissingNode() ? "" : refused.body().toString();
    return "JSM answered "
        + refused.status()
        + " to "
        + method
        + " "
        + path
        + ": "
        + ErrorText.of("application/json", text, json);
  }

  private Optional<Reply> send(
      String method,
      String path,
      Map<String, List<String>> query,
      Object body,
      boolean absentOn404,
      boolean refusalAsData) {
    HttpUrl url = url(path, query);
    RequestBody payload = body == null ? null : RequestBody.create(write(body), JSON);
    boolean credentialRefreshed = false;
    int throttled = 0;

    while (true) {
      Secret token = token();
      Request request =
          new Request.Builder()
              .url(url)
              .method(method, payload)
              .header("Accept", "application/json")
              .header(
                  "Authorization",
                  Credentials.basic(settings.agentEmail(), token.reveal(), StandardCharsets.UTF_8))
              .build();

      Optional<Duration> wait;
      try (Response response = http.newCall(request).execute()) {
        int status = response.code();
        if (status == 401 && !credentialRefreshed) {
          // A rotated token shows as 401; the store may still hold the old copy.
          secrets.invalidate(settings.apiToken());
          credentialRefreshed = true;
          continue;
        }
        wait = throttled(status, throttled, response);
        if (wait.isEmpty()) {
          return answer(method, path, response, token, absentOn404, refusalAsData);
        }
      } catch (IOException e) {
        throw new ServiceDeskException(
            method + " " + path + " failed on the network: " + describe(e, token), true, e);
      }

      // The response is closed by now, so no connection is held while waiting.
      throttled++;
      waitFor(wait.get(), method, path);
    }
  }

  /** How long to wait before trying a throttled call again; empty when not to try again. */
  private Optional<Duration> throttled(int status, int retriesSoFar, Response response) {
    if ((status != 429 && status != 503) || retriesSoFar >= RetryPolicy.MAX_RETRIES) {
      return Optional.empty();
    }
    Duration wait =
        retries.delay(
            retriesSoFar, response.header("Retry-After"), response.header("X-RateLimit-Reset"));
    return wait.compareTo(RetryPolicy.MAX_WAIT) <= 0 ? Optional.of(wait) : Optional.empty();
  }

  private Optional<Reply> answer(
      String method,
      String path,
      Response response,
      Secret token,
      boolean absentOn404,
      boolean refusalAsData)
      throws IOException {
    int status = response.code();
    String text = text(response.body(), method, path);
    if (status == 404 && absentOn404) {
      return Optional.empty();
    }
    if (status == 400 && refusalAsData) {
      return Optional.of(new Reply(status, parsedOrMissing(text)));
    }
    if (status < 200 || status > 299) {
      throw failure(method, path, status, response.header("Content-Type"), text, token);
    }
    return Optional.of(new Reply(status, text.isBlank() ? json.missingNode() : read(text)));
  }

  private Secret token() {
    try {
      return secrets.read(settings.apiToken());
    } catch (SecretUnavailableException e) {
      throw new ServiceDeskException(
          "the JSM API token is not available: " + e.getMessage(), false, e);
    }
  }

  private ServiceDeskException failure(
      String method, String path, int status, String contentType, String body, Secret token) {
    String deskText = ErrorText.of(contentType, body, json);
    String message =
        "JSM answered " + status + " to " + method + " " + path + ": " + scrub(deskText, token);
    if (status == 401) {
      message += " (the API token of " + settings.agentEmail() + " was refused twice)";
    }
    boolean retryable = status == 429 || status >= 500;
    return new ServiceDeskException(message, retryable);
  }

  private void waitFor(Duration wait, String method, String path) {
    try {
      pause.pause(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceDeskException(
          method + " " + path + " was interrupted while waiting", true, e);
    }
  }

  private HttpUrl url(String path, Map<String, List<String>> query) {
    HttpUrl.Builder builder = site.newBuilder();
    for (String segment : path.substring(1).split("/")) {
      builder.addPathSegment(segment);
    }
    query.forEach(
        (name, values) -> values.forEach(value -> builder.addQueryParameter(name, value)));
    return builder.build();
  }

  private static String text(ResponseBody body, String method, String path) throws IOException {
    if (body == null) {
      return "";
    }
    if (body.source().request(MAX_BODY + 1)) {
      throw new ServiceDeskException(
          "JSM answered " + method + " " + path + " with more than 16 MiB; not read", false);
    }
    return body.string();
  }

  private JsonNode parsedOrMissing(String text) {
    try {
      JsonNode node = json.readTree(text);
      return node == null ? json.missingNode() : node;
    } catch (IOException e) {
      return json.missingNode();
    }
  }

  private JsonNode read(String text) {
    try {
      return json.readTree(text);
    } catch (IOException e) {
      throw new ServiceDeskException("JSM answered with a body that is not JSON", false, e);
    }
  }

  private byte[] write(Object body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException("could not write a request body", e);
    }
  }

  private static String describe(IOException e, Secret token) {
    String kind = e instanceof InterruptedIOException ? "timed out" : e.getClass().getSimpleName();
    return scrub(kind + (e.getMessage() == null ? "" : ": " + e.getMessage()), token);
  }

  /** Removes the token from text that came from elsewhere, should anything ever echo it. */
  private static String scrub(String text, Secret token) {
    String value = token.reveal();
    return value.length() < 4 ? text : text.replace(value, "[redacted]");
  }
}
