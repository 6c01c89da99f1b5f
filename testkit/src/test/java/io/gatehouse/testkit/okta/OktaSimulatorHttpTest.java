package io.gatehouse.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Wire-level behaviour: headers, errors, paging links, rate limits and injected faults. */
class OktaSimulatorHttpTest {
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
  void everyAnswer_carriesDateAndRateLimitHeaders() throws Exception {
    HttpResponse<String> response = get("/api/v1/users", TOKEN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Date")).isPresent();
    assertThat(response.headers().firstValue("X-Rate-Limit-Limit")).contains("600");
    assertThat(response.headers().firstValue("X-Rate-Limit-Remaining")).contains("599");
    assertThat(response.headers().firstValueAsLong("X-Rate-Limit-Reset").orElseThrow())
        .isGreaterThan(1_700_000_000L);
  }

  @Test
  void unknownToken_answers401WithOktaErrorBody() throws Exception {
    HttpResponse<String> response = get("/api/v1/users", "not-a-token");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body())
        .contains("\"errorCode\":\"E0000011\"")
        .contains("\"errorSummary\":\"Invalid token provided\"")
        .contains("\"errorLink\":\"E0000011\"")
        .contains("\"errorId\":\"oae")
        .contains("\"errorCauses\":[]");
    assertThat(okta.requests().get(0).header("Authorization")).contains("SSWS [redacted]");
  }

  @Test
  void overTheLimit_answers429E0000047WithResetHeader() throws Exception {
    okta.setRateLimit("users", 1);

    HttpResponse<String> first = get("/api/v1/users", TOKEN);
    HttpResponse<String> second = get("/api/v1/users", TOKEN);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(429);
    assertThat(second.body()).contains("E0000047");
    assertThat(second.headers().firstValue("X-Rate-Limit-Remaining")).contains("0");
    assertThat(second.headers().firstValue("X-Rate-Limit-Reset")).isPresent();
  }

  @Test
  void bucketOf_namesTheBucketEachAnsweredCallWasCountedIn() throws Exception {
    get("/api/v1/users", TOKEN);
    get("/api/v1/users/someone@example.com", TOKEN);
    get("/api/v1/groups", TOKEN);
    get("/api/v1/users/00u1/groups", TOKEN);

    assertThat(okta.requests())
        .extracting(OktaSimulator::bucketOf)
        .containsExactly("users", "user-get", "groups", "other");
  }

  @Test
  void paging_sendsOneLinkHeaderPerRelation() throws Exception {
    okta.addGroup("alpha", GroupType.OKTA_GROUP);
    okta.addGroup("beta", GroupType.OKTA_GROUP);

    HttpResponse<String> response = get("/api/v1/groups?limit=1", TOKEN);

    assertThat(response.headers().allValues("link"))
        .hasSize(2)
        .anySatisfy(link -> assertThat(link).endsWith("; rel=\"self\""))
        .anySatisfy(link -> assertThat(link).contains("after=").endsWith("; rel=\"next\""));
  }

  @Test
  void groupQ_isNotPaged() throws Exception {
    okta.addGroup("alpha", GroupType.OKTA_GROUP);
    okta.addGroup("alpha-2", GroupType.OKTA_GROUP);

    HttpResponse<String> response = get("/api/v1/groups?q=alp&limit=1", TOKEN);

    assertThat(response.headers().allValues("link")).noneMatch(link -> link.contains("next"));
  }

  @Test
  void loginWithSlash_isFoundOnlyById() throws Exception {
    String id = okta.addUser("ops/tara@example.com", "Tara", "Nox", OktaUserStatus.ACTIVE);

    assertThat(get("/api/v1/users/ops%2Ftara%40example.com", TOKEN).statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/users/" + id, TOKEN).statusCode()).isEqualTo(200);
  }

  @Test
  void faultAfterHandling_createsUserButAnswers503() throws Exception {
    okta.failNext(Fault.unavailableAfterHandling("POST", "/api/v1/users"), 1);
    String body =
        "{\"profile\":{\"login\":\"uma.vik@example.com\",\"email\":\"uma.vik@example.com\","
            + "\"firstName\":\"Uma\",\"lastName\":\"Vik\"}}";

    HttpResponse<String> first = post("/api/v1/users?activate=true", body);
    HttpResponse<String> second = post("/api/v1/users?activate=true", body);

    assertThat(first.statusCode()).isEqualTo(503);
    assertThat(okta.user("uma.vik@example.com")).isPresent();
    assertThat(second.statusCode()).isEqualTo(400);
    assertThat(second.body()).contains("E0000001").contains("already exists");
  }

  @Test
  void legacyExpirePasswordWithTempPassword_answersTempPassword() throws Exception {
    String id = okta.addUser("vic.lam@example.com", "Vic", "Lam", OktaUserStatus.ACTIVE);

    HttpResponse<String> response =
        post("/api/v1/users/" + id + "/lifecycle/expire_password?tempPassword=true", "");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).matches("\\{\"tempPassword\":\"[A-Za-z0-9]{10}\"}");
  }

  @Test
  void deactivatingADeprovisionedUser_answers404() throws Exception {
    String id = okta.addUser("wes.orr@example.com", "Wes", "Orr", OktaUserStatus.DEPROVISIONED);

    HttpResponse<String> response = post("/api/v1/users/" + id + "/lifecycle/deactivate", "");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("E0000007");
  }

  @Test
  void updatingADeprovisionedUser_answers403E0000038() throws Exception {
    String id = okta.addUser("xia.poe@example.com", "Xia", "Poe", OktaUserStatus.DEPROVISIONED);

    HttpResponse<String> response =
        post("/api/v1/users/" + id, "{\"profile\":{\"firstName\":\"Xi\"}}");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("E0000038");
  }

  @Test
  void concurrentCreatesOfOneLogin_createExactlyOneUser() throws Exception {
    String body =
        "{\"profile\":{\"login\":\"zoe.kim@example.com\",\"email\":\"zoe.kim@example.com\","
            + "\"firstName\":\"Zoe\",\"lastName\":\"Kim\"}}";
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit(() -> post("/api/v1/users?activate=false", body)));
      }

      List<Integer> statuses = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        statuses.add(answer.get(10, TimeUnit.SECONDS).statusCode());
      }

      assertThat(statuses).containsOnly(200, 400).filteredOn(status -> status == 200).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  private HttpResponse<String> get(String pathAndQuery, String token)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(okta.baseUrl() + pathAndQuery))
            .header("Authorization", "SSWS " + token)
            .header("Accept", "application/json")
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String pathAndQuery, String json)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(okta.baseUrl() + pathAndQuery))
            .header("Authorization", "SSWS " + TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
