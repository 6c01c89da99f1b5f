package io.gatehouse.http;

import java.util.Objects;

/**
 * How the webhook trigger listens.
 *
 * @param host the address to bind, such as {@code 127.0.0.1}
 * @param port the port; 0 picks a free one, read back with {@link WebhookServer#port()}
 * @param path the path that accepts {@code POST}, such as {@code /webhook}
 * @param keyHeader the request header carrying the API key
 * @param maxBodyBytes the largest body accepted; bodies are never read, only their size is checked
 */
public record WebhookConfig(
    String host, int port, String path, String keyHeader, long maxBodyBytes) {

  public static final String DEFAULT_PATH = "/webhook";
  public static final String DEFAULT_KEY_HEADER = "X-Gatehouse-Key";
  public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  public WebhookConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(keyHeader, "keyHeader");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("webhook port out of range: " + port);
    }
    if (!path.startsWith("/") || path.equals("/health")) {
      throw new IllegalArgumentException(
          "webhook path must start with / and differ from /health: " + path);
    }
    if (keyHeader.isBlank()) {
      throw new IllegalArgumentException("webhook key header name is blank");
    }
    if (maxBodyBytes < 0) {
      throw new IllegalArgumentException("webhook body limit is negative: " + maxBodyBytes);
    }
  }

  /** The defaults on the given address: {@code POST /webhook} with {@code X-Gatehouse-Key}. */
  public static WebhookConfig on(String host, int port) {
    return new WebhookConfig(host, port, DEFAULT_PATH, DEFAULT_KEY_HEADER, DEFAULT_MAX_BODY_BYTES);
  }
}
