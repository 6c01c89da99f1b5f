package io.gatehouse.aws.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.gatehouse.aws.testing.CannedResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A Slack incoming webhook on a free loopback port: it answers the queued responses in turn, then
 * {@code 200 ok}, and records each post's path, content type and body.
 */
public final class FakeWebhook implements AutoCloseable {
  private final HttpServer server;
  private final Queue<CannedResponse> answers = new ConcurrentLinkedQueue<>();
  private final List<Post> posts = new CopyOnWriteArrayList<>();
  private volatile CountDownLatch hold = new CountDownLatch(0);

  public FakeWebhook() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The URL of one webhook path on this server. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  void answer(CannedResponse... responses) {
    answers.addAll(List.of(responses));
  }

  /** Keeps every answer back until the latch opens, as a server that stopped answering. */
  void holdAnswersUntil(CountDownLatch release) {
    hold = release;
  }

  public List<Post> posts() {
    return new ArrayList<>(posts);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      posts.add(
          new Post(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              exchange.getRequestHeaders().getFirst("Content-Type"),
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      awaitRelease();
      CannedResponse response = answers.poll();
      if (response == null) {
        response = CannedResponse.text(200, "ok");
      }
      byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
      response.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private void awaitRelease() {
    try {
      hold.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public record Post(String method, String path, String contentType, String body) {}
}
