package io.gatehouse.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.secret.Secret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookServerTest {
  private static final String KEY = "test-webhook-key";
  private static final Duration BOUND = Duration.ofSeconds(10);

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(BOUND).build();
  private final AtomicInteger runs = new AtomicInteger();
  private final CountDownLatch firstRunStarted = new CountDownLatch(1);
  private final CountDownLatch releaseFirstRun = new CountDownLatch(1);
  private RunCoalescer coalescer;
  private WebhookServer server;

  @AfterEach
  void stop() {
    releaseFirstRun.countDown();
    if (server != null) {
      server.close();
    }
  }

  private void start(Runnable job) {
    start(job, WebhookConfig.on("127.0.0.1", 0));
  }

  private void start(Runnable job, WebhookConfig config) {
    coalescer = new RunCoalescer(job, BOUND);
    server = WebhookServer.start(config, Secret.of(KEY), coalescer);
  }

  private void startCounting() {
    start(runs::incrementAndGet);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(BOUND);
  }

  private HttpRequest webhook(String key, String body) {
    HttpRequest.Builder builder = request("/webhook").POST(BodyPublishers.ofString(body));
    if (key != null) {
      builder.header("X-Gatehouse-Key", key);
    }
    return builder.build();
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return client.send(request, BodyHandlers.ofString());
  }

  @Test
  void webhook_answers401_withoutKey() throws Exception {
    startCounting();

    HttpResponse<String> response = send(webhook(null, "{}"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"error\":\"unauthorized\"}");
    assertThat(coalescer.awaitIdle(BOUND)).isTrue();
    assertThat(runs).hasValue(0);
  }

  @Test
  void webhook_answers401_withWrongKey() throws Exception {
    startCounting();

    HttpResponse<String> response = send(webhook("test-webhook-kez", "{}"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).doesNotContain(KEY).doesNotContain("X-Gatehouse-Key");
    assertThat(runs).hasValue(0);
  }

  @Test
  void webhook_answers202_andRunsTheJob() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    start(ran::countDown);

    HttpResponse<String> response = send(webhook(KEY, "{\"issue\":{\"key\":\"ITS-1\"}}"));

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.body()).isEqualTo("{\"status\":\"accepted\"}");
    assertThat(ran.await(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void webhook_ignoresTheBody_evenWhenItIsNotJson() throws Exception {
    startCounting();

    HttpResponse<String> response = send(webhook(KEY, "{not json"));

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(coalescer.awaitIdle(BOUND)).isTrue();
    assertThat(runs).hasValue(1);
  }

  @Test
  void webhook_answers413_whenBodyIsTooLarge() throws Exception {
    start(
        runs::incrementAndGet,
        new WebhookConfig("127.0.0.1", 0, "/webhook", "X-Gatehouse-Key", 16));
    String body = "x".repeat(17);

    HttpResponse<String> response = send(webhook(KEY, body));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(runs).hasValue(0);
  }

  @Test
  void burstOfCalls_whileARunIsInProgress_causesExactlyOneMoreRun() throws Exception {
    start(
        () -> {
          if (runs.incrementAndGet() == 1) {
            firstRunStarted.countDown();
            awaitQuietly(releaseFirstRun);
          }
        });
    assertThat(send(webhook(KEY, "")).statusCode()).isEqualTo(202);
    assertThat(firstRunStarted.await(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();

    List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      burst.add(client.sendAsync(webhook(KEY, "{}"), BodyHandlers.ofString()));
    }
    for (CompletableFuture<HttpResponse<String>> call : burst) {
      assertThat(call.get(BOUND.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(202);
    }
    releaseFirstRun.countDown();

    assertThat(coalescer.awaitIdle(BOUND)).isTrue();
    assertThat(runs).hasValue(2);
  }

  @Test
  void failingRun_isLogged_andTheNextTriggerRunsAgain() throws Exception {
    start(
        () -> {
          if (runs.incrementAndGet() == 1) {
            throw new IllegalStateException("directory unreachable");
          }
        });

    send(webhook(KEY, ""));
    assertThat(coalescer.awaitIdle(BOUND)).isTrue();
    HttpResponse<String> second = send(webhook(KEY, ""));

    assertThat(second.statusCode()).isEqualTo(202);
    assertThat(coalescer.awaitIdle(BOUND)).isTrue();
    assertThat(runs).hasValue(2);
  }

  @Test
  void health_answers200_withoutKey() throws Exception {
    startCounting();

    HttpResponse<String> response = send(request("/health").GET().build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
  }

  @Test
  void close_waitsForTheRunInProgress() throws Exception {
    CountDownLatch finished = new CountDownLatch(1);
    start(
        () -> {
          firstRunStarted.countDown();
          awaitQuietly(releaseFirstRun);
          finished.countDown();
        });
    send(webhook(KEY, ""));
    assertThat(firstRunStarted.await(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Long> unfinishedWhenClosed =
        CompletableFuture.supplyAsync(
            () -> {
              server.close();
              return finished.getCount();
            });
    releaseFirstRun.countDown();

    assertThat(unfinishedWhenClosed.get(BOUND.toSeconds() * 2, TimeUnit.SECONDS)).isZero();
    assertThat(coalescer.trigger()).isFalse();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(BOUND.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
