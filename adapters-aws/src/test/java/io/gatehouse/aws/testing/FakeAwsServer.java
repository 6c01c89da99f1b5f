package io.gatehouse.aws.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An AWS service endpoint on a free loopback port. Every request is recorded and its SigV4
 * signature checked for the expected service; a request that fails the check is answered 403 and
 * its problem kept in {@link #signatureProblems()}. Other requests get the responder's answer.
 */
public final class FakeAwsServer implements AutoCloseable {
  private final HttpServer server;
  private final String service;
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private volatile Function<RecordedRequest, CannedResponse> responder;

  private FakeAwsServer(String service, Function<RecordedRequest, CannedResponse> responder)
      throws IOException {
    this.service = service;
    this.responder = responder;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server for the SigV4 signing name {@code service}, such as {@code secretsmanager}. */
  public static FakeAwsServer start(
      String service, Function<RecordedRequest, CannedResponse> responder) {
    try {
      return new FakeAwsServer(service, responder);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start a fake " + service + " server", e);
    }
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public void respondWith(Function<RecordedRequest, CannedResponse> responder) {
    this.responder = responder;
  }

  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  public List<String> signatureProblems() {
    return List.copyOf(problems);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, List<String>> headers = new HashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
      RecordedRequest request =
          new RecordedRequest(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              exchange.getRequestURI().getRawQuery(),
              headers,
              exchange.getRequestBody().readAllBytes());
      requests.add(request);

      Optional<String> problem = SigV4Check.problem(request, service);
      problem.ifPresent(problems::add);
      CannedResponse response =
          problem.isPresent()
              ? CannedResponse.text(403, "signature check failed: " + problem.get())
              : responder.apply(request);

      byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
      exchange.getResponseHeaders().set("x-amzn-RequestId", "req-" + requests.size());
      response.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }
}
