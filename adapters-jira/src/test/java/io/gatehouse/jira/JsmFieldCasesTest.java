package io.gatehouse.jira;

import static io.gatehouse.jira.JsmDeskFixture.BOT;
import static io.gatehouse.jira.JsmDeskFixture.BOT_EMAIL;
import static io.gatehouse.jira.JsmDeskFixture.DANA;
import static io.gatehouse.jira.JsmDeskFixture.REQUESTS;
import static io.gatehouse.jira.JsmDeskFixture.RIYA;
import static io.gatehouse.jira.JsmDeskFixture.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gatehouse.core.port.ServiceDesk;
import io.gatehouse.core.port.ServiceDeskException;
import io.gatehouse.core.port.Visibility;
import io.gatehouse.core.request.FieldValue;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.core.request.ServiceRequest;
import io.gatehouse.testkit.jsm.CannedResponse;
import io.gatehouse.testkit.jsm.JsmComment;
import io.gatehouse.testkit.jsm.JsmField;
import io.gatehouse.testkit.jsm.JsmField.Option;
import io.gatehouse.testkit.jsm.JsmRequest;
import io.gatehouse.testkit.jsm.RecordedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JSM field cases of docs/field-cases (BC-01, BC-03, BC-21) at the adapter's edge. */
class JsmFieldCasesTest {
  private static final String ISSUE_7 = "/rest/api/3/issue/ITS-7";

  private final JsmDeskFixture fixture = new JsmDeskFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void bc01_readsEveryOpenRequestOnce_whenOneMovesToTheFrontWhilePaging() throws Exception {
    for (int i = 1; i <= 5; i++) {
      fixture.open("ITS-" + i);
    }
    fixture.jsm.setMaxLimit(2);
    // As served while ITS-3 gets a comment between the first and the second page: it jumps to
    // the front, so offset 2 now starts at ITS-4 and ITS-3 is never on a page of this pass.
    fixture.jsm.enqueue(
        REQUESTS,
        page(false, request("ITS-5"), request("ITS-4")),
        page(false, request("ITS-4"), request("ITS-2")),
        page(true, request("ITS-1")));

    List<ServiceRequest> requests = fixture.desk().openRequests();

    assertThat(requests)
        .extracting(request -> request.key().value())
        .containsExactlyInAnyOrder("ITS-1", "ITS-2", "ITS-3", "ITS-4", "ITS-5");
    assertThat(fixture.jsm.recorded()).allMatch(call -> call.method().equals("GET"));
  }

  @Test
  void bc03_readsEachShapeByFieldIdAndOptionId_andAHiddenFieldThroughThePlatform() {
    fixture.jsm.addRequest(
        JsmRequest.builder("ITS-7")
            .desk("3")
            .type("25")
            .reporter(DANA)
            .field(JsmField.text("summary", "Was brauchen Sie?", "Okta access for Zoë Ünal"))
            .field(
                JsmField.option("customfield_10050", "Abteilung", new Option("10021", "Finance")))
            .field(
                JsmField.options(
                    "customfield_10051",
                    "Okta-Gruppen",
                    new Option("10031", "app-finance-ro"),
                    new Option("10032", "vpn-users")))
            .field(JsmField.user("customfield_10052", "Vorgesetzte", RIYA))
            .field(JsmField.nullValue("customfield_10053", "Startdatum"))
            .field(JsmField.emptyList("customfield_10054", "Weitere Gruppen"))
            .field(
                JsmField.option("customfield_10055", "Preset group", new Option("10061", "payroll"))
                    .asHidden())
            .build());
    ServiceDesk desk =
        fixture.desk(
            "Resolve this issue",
            s -> s.withHiddenFields(List.of("customfield_10055", "customfield_10053")));

    ServiceRequest request = desk.openRequests().get(0);

    assertThat(request.field("summary")).contains(new FieldValue.Text("Okta access for Zoë Ünal"));
    assertThat(request.field("customfield_10050"))
        .contains(new FieldValue.Option("10021", "Finance"));
    assertThat(request.field("customfield_10051"))
        .contains(
            new FieldValue.Options(
                List.of(
                    new FieldValue.Option("10031", "app-finance-ro"),
                    new FieldValue.Option("10032", "vpn-users"))));
    assertThat(request.field("customfield_10052").orElseThrow())
        .isInstanceOfSatisfying(
            FieldValue.User.class, user -> assertThat(user.person().accountId()).isEqualTo(RIYA));
    assertThat(request.field("customfield_10053")).isEmpty();
    assertThat(request.field("customfield_10054")).isEmpty();
    assertThat(request.field("customfield_10055"))
        .contains(new FieldValue.Option("10061", "payroll"));
    // Only the field the request did not list is asked for; the listed empty one is not hidden.
    assertThat(fixture.calls("GET", ISSUE_7))
        .extracting(call -> call.queryValues("fields"))
        .containsExactly(List.of("customfield_10055"));
  }

  @Test
  void bc03_leavesAFieldAbsent_andWarnsItIsNotVisible_whenThePlatformDoesNotShowItEither()
      throws IOException {
    fixture.open("ITS-7");
    ServiceDesk desk =
        fixture.desk("Resolve this issue", s -> s.withHiddenFields(List.of("customfield_10056")));

    ServiceRequest request = desk.request(RequestKey.of("ITS-7")).orElseThrow();

    assertThat(request.field("customfield_10056")).isEmpty();
    assertThat(request.isUnreadable("customfield_10056")).isTrue();
    assertThat(fixture.calls("GET", ISSUE_7)).hasSize(1);
    String logged = Files.readString(Path.of("target/adapters-jira-test.log"));
    assertThat(logged)
        .contains("field customfield_10056 not visible to the agent account on request ITS-7");
  }

  @Test
  void bc03_asksThePlatformNothing_whenNoHiddenFieldIsConfigured() {
    fixture.open("ITS-7");

    fixture.desk().openRequests();

    assertThat(fixture.jsm.recorded()).noneMatch(call -> call.path().startsWith("/rest/api/"));
  }

  @Test
  void bc21_keepsAnInternalCommentOutOfWhatTheCustomerSees() throws Exception {
    fixture.open("ITS-8");
    ServiceDesk desk = fixture.desk();

    desk.comment(
        RequestKey.of("ITS-8"),
        "Okta 400 E0000001 login: An object with this field already exists",
        Visibility.INTERNAL);
    desk.comment(RequestKey.of("ITS-8"), "We are on it.", Visibility.PUBLIC);

    assertThat(fixture.calls("POST", REQUESTS + "/ITS-8/comment"))
        .extracting(RecordedRequest::body)
        .first()
        .asString()
        .contains("\"public\":false");
    String portal = get(REQUESTS + "/ITS-8/comment?public=true&internal=false");
    assertThat(portal).contains("We are on it.").doesNotContain("E0000001");
  }

  @Test
  void bc21_failsAndPostsNothing_whenTheAccountMayNotPostInternalComments() {
    fixture
        .jsm
        .addServiceDesk("4", "HR")
        .addRequestType("4", "26", "Leaver")
        .addRequest(
            JsmRequest.builder("HR-1")
                .desk("4")
                .type("26")
                .reporter(DANA)
                .participant(BOT)
                .build());

    ServiceDeskException failure =
        catchThrowableOfType(
            ServiceDeskException.class,
            () -> fixture.desk().comment(RequestKey.of("HR-1"), "internal", Visibility.INTERNAL));

    assertThat(failure.retryable()).isFalse();
    assertThat(failure).hasMessageContaining("403").hasMessageContaining("internal comments");
    assertThat(fixture.jsm.comments("HR-1")).extracting(JsmComment::isPublic).isEmpty();
  }

  private String request(String key) throws Exception {
    return get(REQUESTS + "/" + key);
  }

  private static CannedResponse page(boolean last, String... values) {
    String body =
        "{\"size\":"
            + values.length
            + ",\"start\":0,\"limit\":2,\"isLastPage\":"
            + last
            + ",\"values\":["
            + String.join(",", values)
            + "]}";
    return new CannedResponse(200, Map.of(), "application/json", body);
  }

  /** The simulator's own answer, as the adapter's agent account gets it. */
  private String get(String pathAndQuery) throws Exception {
    String pair = BOT_EMAIL + ":" + TOKEN;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(fixture.jsm.baseUrl() + pathAndQuery))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
    return response.body();
  }
}
