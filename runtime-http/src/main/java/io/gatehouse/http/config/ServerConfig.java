package io.gatehouse.http.config;

import io.gatehouse.core.secret.SecretRef;
import java.util.Objects;

/**
 * The {@code server} section, used by {@code serve}: where the webhook listens and the API key that
 * callers must send.
 *
 * @param host the address to bind, {@code 127.0.0.1} unless told otherwise
 * @param port the port, 0 for any free one
 * @param path the webhook's path
 * @param apiKey where the API key is kept
 * @param apiKeyHeader the header that carries it
 */
public record ServerConfig(
    String host, int port, String path, SecretRef apiKey, String apiKeyHeader) {
  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(apiKeyHeader, "apiKeyHeader");
  }
}
