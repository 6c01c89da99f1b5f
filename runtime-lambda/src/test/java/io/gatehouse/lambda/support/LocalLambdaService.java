package io.gatehouse.lambda.support;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The Lambda Invoke API on loopback: records each invocation and answers as Lambda does for an
 * {@code Event} invocation (202, empty body), or with a configured error. {@link #clients()} binds
 * a real SDK client pointed at it with static credentials, so nothing leaves the machine.
 */
public final class LocalLambdaService implements AutoCloseable {
  /** One recorded call. */
  public record Invoke(String path, String invocationType, String payload) {}

  private final HttpServer server;
  private final List<Invoke> invokes = new ArrayList<>();
  private int status = 202;
  private String errorType = "";

  private LocalLambdaService(HttpServer server) {
    this.server = server;
  }

  public static LocalLambdaService start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      LocalLambdaService service = new LocalLambdaService(server);
      server.createContext("/", service::handle);
      server.start();
      return service;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    int answer;
    synchronized (this) {
      invokes.add(
          new Invoke(
              exchange.getRequestURI().getPath(),
              exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type"),
              body));
      answer = status;
      if (!errorType.isEmpty()) {
        exchange.getResponseHeaders().add("X-Amzn-ErrorType", errorType);
      }
    }
    byte[] reply =
        answer == 202 ? new byte[0] : "{\"message\":\"refused\"}".getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer, reply.length == 0 ? -1 : reply.length);
    exchange.getResponseBody().write(reply);
    exchange.close();
  }

  /** Answers every later call with this status and AWS error type. */
  public synchronized void refuse(int status, String errorType) {
    this.status = status;
    this.errorType = errorType;
  }

  public synchronized List<Invoke> invokes() {
    return List.copyOf(invokes);
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** A module binding an SDK Lambda client that talks to this service only. */
  public AbstractModule clients() {
    return clientsFor(endpoint());
  }

  /** A module binding an SDK Lambda client that talks to the given loopback endpoint only. */
  public static AbstractModule clientsFor(URI endpoint) {
    return new AbstractModule() {
      @Provides
      @Singleton
      LambdaClient lambda() {
        return LambdaClient.builder()
            .region(Region.EU_WEST_1)
            .endpointOverride(endpoint)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
      }
    };
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
