package io.gatehouse.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rate-limit answers' edge forms: the reset header twice, the concurrent limit, canned 429s.
 */
class OktaSimulatorRateLimitTest {
  private static final String TOKEN = "00simulated-api-token";
  private final HttpClient http = HttpClient.newHttpClient();
  private OktaSimulator okta;

  @BeforeEach
  void startOkta() {
    okta = OktaSimulator.start().addApiToken(TOKEN);
  }

  @AfterEach
  void stopOkta() {
    okta.close();
  }

  @Test
  void resetSentTwice_carriesTwoEqualResetHeaders() throws Exception {
    okta.sendRateLimitResetTwice(true);

    HttpResponse<String> response = get("/api/v1/users");

    List<String> resets = response.headers().allValues("X-Rate-Limit-Reset");
    assertThat(resets).hasSize(2);
    assertThat(resets.get(0)).isEqualTo(resets.get(1)).matches("\\d{10}");
  }

  @Test
  void callsOverTheConcurrencyLimit_answer429WithLimitAndRemainingZero() throws Exception {
    okta.setConcurrencyLimit(1);
    okta.setLatency(Duration.ofMillis(300));

    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      calls.add(http.sendAsync(request("/api/v1/users"), HttpResponse.BodyHandlers.ofString()));
    }
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> call : calls) {
      answers.add(call.get(10, TimeUnit.SECONDS));
    }

    List<HttpResponse<String>> limited =
        answers.stream().filter(answer -> answer.statusCode() == 429).toList();
    assertThat(limited).isNotEmpty();
    assertThat(answers).anyMatch(answer -> answer.statusCode() == 200);
    HttpResponse<String> first = limited.get(0);
    assertThat(first.body()).contains("E0000047");
    assertThat(first.headers().firstValue("X-Rate-Limit-Limit")).contains("0");
    assertThat(first.headers().firstValue("X-Rate-Limit-Remaining")).contains("0");
    assertThat(first.headers().firstValue("X-Rate-Limit-Reset")).isPresent();
  }

  @Test
  void cannedRateLimit_replacesTheBucketHeadersWithItsOwn() throws Exception {
    okta.failNext(Fault.rateLimited("GET", "/api/v1/users", 1_741_082_415L), 1);
    okta.failNext(Fault.concurrencyLimited("GET", "/api/v1/users", 1_741_082_401L), 1);

    HttpResponse<String> limited = get("/api/v1/users");
    HttpResponse<String> concurrent = get("/api/v1/users");
    HttpResponse<String> served = get("/api/v1/users");

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().allValues("X-Rate-Limit-Reset")).containsExactly("1741082415");
    assertThat(limited.headers().firstValue("X-Rate-Limit-Limit")).contains("600");
    assertThat(concurrent.statusCode()).isEqualTo(429);
    assertThat(concurrent.headers().firstValue("X-Rate-Limit-Limit")).contains("0");
    assertThat(concurrent.headers().allValues("X-Rate-Limit-Reset")).containsExactly("1741082401");
    assertThat(served.statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(request(path), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create(okta.baseUrl() + path))
        .header("Authorization", "SSWS " + TOKEN)
        .header("Accept", "application/json")
        .GET()
        .build();
  }
}
