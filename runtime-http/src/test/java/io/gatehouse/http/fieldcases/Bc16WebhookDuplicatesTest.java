package io.gatehouse.http.fieldcases;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.secret.Secret;
import io.gatehouse.http.RunCoalescer;
import io.gatehouse.http.WebhookConfig;
import io.gatehouse.http.WebhookServer;
import io.gatehouse.http.demo.DemoDesk;
import io.gatehouse.http.demo.DemoWorld;
import io.gatehouse.testkit.jsm.RecordedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * BC-16: the same Automation call delivered several times, two of them at once, and the calls
 * Gatehouse's own comments and transitions fire: one account, one comment pair and one transition
 * per request, through the real webhook, the JSM adapter and the ledger.
 */
class Bc16WebhookDuplicatesTest {
  private static final String KEY = "fieldcase-webhook-key";
  private static final Duration BOUND = Duration.ofSeconds(30);
  private static final String PAYLOAD =
      "{\"issue\":{\"key\":\"ITS-101\",\"fields\":{\"status\":{\"name\":\"Approved\"}}}}";

  private final DemoWorld world = DemoWorld.start();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(BOUND).build();
  private RunCoalescer runs;
  private WebhookServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    world.close();
  }

  @Test
  void bc16_provisionsOnce_whenTheSameWebhookArrivesThreeTimes_twoAtOnce() throws Exception {
    runs = new RunCoalescer(() -> world.job().run(), BOUND);
    server = WebhookServer.start(WebhookConfig.on("127.0.0.1", 0), Secret.of(KEY), runs);

    CompletableFuture<HttpResponse<String>> first = deliver();
    CompletableFuture<HttpResponse<String>> second = deliver();
    assertThat(List.of(first.get(), second.get()))
        .extracting(HttpResponse::statusCode)
        .allMatch(status -> status / 100 == 2);
    assertThat(runs.awaitIdle(BOUND)).isTrue();
    int writesAfterFirst = writes().size();
    assertThat(deliver().get().statusCode() / 100).isEqualTo(2);
    assertThat(runs.awaitIdle(BOUND)).isTrue();

    assertThat(world.okta().requests("POST", "/api/v1/users")).hasSize(2);
    for (String key : DemoDesk.APPROVED) {
      assertThat(world.jsm().comments(key)).hasSize(2);
      assertThat(world.jsm().status(key)).isEqualTo(DemoDesk.RESOLVED);
    }
    assertThat(writes())
        .filteredOn(call -> call.path().endsWith("/transitions"))
        .hasSize(DemoDesk.APPROVED.size());
    // The later delivery, like the call our own comment or transition fires, finds nothing to do.
    assertThat(writes()).hasSize(writesAfterFirst);
  }

  private CompletableFuture<HttpResponse<String>> deliver() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/webhook"))
            .timeout(BOUND)
            .header("X-Gatehouse-Key", KEY)
            .header("X-Atlassian-Webhook-Identifier", "wh-FAKE-1")
            .POST(HttpRequest.BodyPublishers.ofString(PAYLOAD))
            .build();
    return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  private List<RecordedRequest> writes() {
    return FieldCaseWorld.writes(world.jsm());
  }
}
