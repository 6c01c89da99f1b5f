package io.gatehouse.jira;

import static io.gatehouse.jira.JsmDeskFixture.DANA;
import static io.gatehouse.jira.JsmDeskFixture.REQUESTS;
import static io.gatehouse.jira.JsmDeskFixture.RIYA;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.request.Approval;
import io.gatehouse.core.request.ApprovalDecision;
import io.gatehouse.core.request.FieldValue;
import io.gatehouse.core.request.Person;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.core.request.ServiceRequest;
import io.gatehouse.testkit.jsm.CannedResponse;
import io.gatehouse.testkit.jsm.JsmApproval;
import io.gatehouse.testkit.jsm.JsmApproval.Approver;
import io.gatehouse.testkit.jsm.JsmApproval.Decision;
import io.gatehouse.testkit.jsm.JsmField;
import io.gatehouse.testkit.jsm.JsmRequest;
import io.gatehouse.testkit.jsm.RecordedRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsmServiceDeskReadTest {
  private static final Instant CREATED = Instant.parse("2025-05-12T09:14:03.221Z");

  private final JsmDeskFixture fixture = new JsmDeskFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void bc01_followsEveryPageByReturnedSize_andLooksAgain_whenTheServerCapsTheLimit() {
    for (int i = 1; i <= 7; i++) {
      fixture.open("ITS-" + i);
    }
    fixture.jsm.setMaxLimit(3);

    List<ServiceRequest> requests = fixture.desk().openRequests();

    assertThat(requests)
        .extracting(request -> request.key().value())
        .containsExactly("ITS-7", "ITS-6", "ITS-5", "ITS-4", "ITS-3", "ITS-2", "ITS-1");
    List<RecordedRequest> calls = fixture.calls("GET", REQUESTS);
    assertThat(calls)
        .extracting(call -> call.queryValues("start"))
        .containsExactly(
            List.of("0"), List.of("3"), List.of("6"), List.of("0"), List.of("3"), List.of("6"));
    assertThat(calls.get(0).queryValues("limit")).containsExactly("50");
    assertThat(calls.get(0).queryValues("serviceDeskId")).containsExactly("3");
    assertThat(calls.get(0).queryValues("requestStatus")).containsExactly("OPEN_REQUESTS");
    assertThat(calls.get(0).queryValues("requestOwnership")).containsExactly("ALL_REQUESTS");
  }

  @Test
  void openRequests_leavesOutResolvedRequests() {
    fixture.open("ITS-1");
    fixture.jsm.addRequest(
        JsmRequest.builder("ITS-2")
            .desk("3")
            .type("25")
            .reporter(DANA)
            .status(JsmDeskFixture.RESOLVED)
            .build());

    assertThat(fixture.desk().openRequests())
        .extracting(r -> r.key().value())
        .containsExactly("ITS-1");
  }

  @Test
  void bc01_stopsOnAnEmptyPage_whenIsLastPageIsMissing() {
    String page =
        "{\"size\":1,\"start\":0,\"limit\":50,\"values\":[{\"issueKey\":\"ITS-4\",\"requestTypeId\":\"25\","
            + "\"serviceDeskId\":\"3\",\"reporter\":{\"accountId\":\"acc-dana\"},"
            + "\"createdDate\":{\"iso8601\":\"2025-05-12T09:14:03+0000\"},\"requestFieldValues\":[]}]}";
    String empty = "{\"size\":0,\"start\":1,\"limit\":50,\"values\":[]}";
    fixture.jsm.enqueue(
        REQUESTS,
        new CannedResponse(200, Map.of(), "application/json", page),
        new CannedResponse(200, Map.of(), "application/json", empty));

    List<ServiceRequest> requests = fixture.desk().openRequests();

    assertThat(requests).extracting(r -> r.key().value()).containsExactly("ITS-4");
    assertThat(requests.get(0).created()).isEqualTo(Instant.parse("2025-05-12T09:14:03Z"));
    assertThat(fixture.calls("GET", REQUESTS)).hasSize(2);
  }

  @Test
  void openRequests_readsEveryFieldShape_andLeavesEmptyOnesOut() {
    fixture.jsm.addRequest(
        JsmRequest.builder("ITS-7")
            .desk("3")
            .type("25")
            .reporter(DANA)
            .created(CREATED)
            .summary("Okta access for Zoë Ünal")
            .field(
                JsmField.option(
                    "customfield_10050", "Department", new JsmField.Option("10021", "Finance")))
            .field(
                JsmField.options(
                    "customfield_10051",
                    "Okta groups",
                    new JsmField.Option("10031", "app-finance-ro"),
                    new JsmField.Option("10032", "vpn-users")))
            .field(JsmField.user("customfield_10052", "Manager", RIYA))
            .field(JsmField.users("customfield_10056", "Buddies", RIYA, DANA))
            .field(JsmField.text("customfield_10057", "Start date", "2025-06-02"))
            .field(JsmField.text("customfield_10058", "Go-live", "2025-06-02T09:30:00.000+0000"))
            .field(JsmField.number("customfield_10059", "Laptops", new BigDecimal("2.0")))
            .field(JsmField.nullValue("customfield_10053", "End date"))
            .field(JsmField.emptyList("customfield_10054", "Extra groups"))
            .field(JsmField.text("customfield_10060", "Notes", ""))
            .field(JsmField.rawJson("customfield_10061", "Labels", "[\"a\",\"b\"]"))
            .field(
                JsmField.rawJson(
                    "customfield_10062",
                    "Site",
                    "{\"value\":\"EU\",\"id\":\"1\",\"child\":{\"value\":\"Berlin\",\"id\":\"2\"}}"))
            .field(JsmField.text("customfield_10055", "Okta group", "app-secret").asHidden())
            .build());

    ServiceRequest request = fixture.desk().openRequests().get(0);

    assertThat(request.requestTypeId()).isEqualTo("25");
    assertThat(request.created()).isEqualTo(CREATED);
    assertThat(request.reporter()).isEqualTo(new Person(DANA, "Dana Lee", "dana@example.com"));
    assertThat(request.fields())
        .containsEntry("summary", new FieldValue.Text("Okta access for Zoë Ünal"))
        .containsEntry("customfield_10050", new FieldValue.Option("10021", "Finance"))
        .containsEntry(
            "customfield_10051",
            new FieldValue.Options(
                List.of(
                    new FieldValue.Option("10031", "app-finance-ro"),
                    new FieldValue.Option("10032", "vpn-users"))))
        .containsEntry(
            "customfield_10052", new FieldValue.User(new Person(RIYA, "Riya Patel", null)))
        .containsEntry(
            "customfield_10056",
            new FieldValue.Users(
                List.of(
                    new Person(RIYA, "Riya Patel", null),
                    new Person(DANA, "Dana Lee", "dana@example.com"))))
        .containsEntry("customfield_10057", new FieldValue.Date(LocalDate.of(2025, 6, 2)))
        .containsEntry("customfield_10058", new FieldValue.Text("2025-06-02T09:30:00.000+0000"))
        .containsEntry("customfield_10059", new FieldValue.Number(new BigDecimal("2.0")))
        .doesNotContainKeys(
            "customfield_10053",
            "customfield_10054",
            "customfield_10060",
            "customfield_10061",
            "customfield_10062",
            "customfield_10055");
  }

  @Test
  void openRequests_leavesOutAnUnreadableRequest_andKeepsTheOthers() {
    String page =
        "{\"size\":2,\"start\":0,\"limit\":50,\"isLastPage\":true,\"values\":["
            + "{\"issueKey\":\"ITS-4\",\"requestTypeId\":\"25\",\"reporter\":{},"
            + "\"createdDate\":{\"epochMillis\":0}},"
            + "{\"issueKey\":\"ITS-5\",\"requestTypeId\":\"25\",\"reporter\":{\"accountId\":\"a\"},"
            + "\"createdDate\":{\"epochMillis\":0}}]}";
    fixture.jsm.enqueue(REQUESTS, new CannedResponse(200, Map.of(), "application/json", page));

    assertThat(fixture.desk().openRequests())
        .extracting(r -> r.key().value())
        .containsExactly("ITS-5");
  }

  @Test
  void request_readsOneRequest_andIsEmptyForUnknownKeys() {
    fixture.open("ITS-1");

    assertThat(fixture.desk().request(RequestKey.of("ITS-1")))
        .map(r -> r.key().value())
        .hasValue("ITS-1");
    assertThat(fixture.desk().request(RequestKey.of("ITS-99"))).isEmpty();
  }

  @Test
  void request_isEmpty_forARequestOfAnotherDesk() {
    fixture
        .jsm
        .addServiceDesk("4", "HR")
        .addAgent("4", JsmDeskFixture.BOT)
        .addRequestType("4", "30", "Leave");
    fixture.jsm.addRequest(JsmRequest.builder("HR-1").desk("4").type("30").reporter(DANA).build());

    assertThat(fixture.desk().request(RequestKey.of("HR-1"))).isEmpty();
  }

  @Test
  void approvals_readsEveryPageApprovalAndApprover() {
    fixture.open("ITS-9");
    fixture.jsm.addApproval(
        "ITS-9",
        JsmApproval.of(
            "11",
            "Manager approval",
            Decision.APPROVED,
            CREATED,
            new Approver(RIYA, Decision.APPROVED)));
    fixture.jsm.addApproval(
        "ITS-9",
        JsmApproval.of(
            "12",
            "Security approval",
            Decision.PENDING,
            CREATED,
            new Approver(RIYA, Decision.APPROVED),
            new Approver(DANA, Decision.PENDING)));
    fixture.jsm.setMaxLimit(1);

    List<Approval> approvals = fixture.desk().approvals(RequestKey.of("ITS-9"));

    assertThat(approvals)
        .extracting(Approval::id, Approval::finalDecision)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("11", ApprovalDecision.APPROVED),
            org.assertj.core.groups.Tuple.tuple("12", ApprovalDecision.PENDING));
    assertThat(approvals.get(1).approvers())
        .extracting(vote -> vote.approver().accountId(), Approval.Vote::decision)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RIYA, ApprovalDecision.APPROVED),
            org.assertj.core.groups.Tuple.tuple(DANA, ApprovalDecision.PENDING));
    assertThat(fixture.calls("GET", REQUESTS + "/ITS-9/approval")).hasSize(2);
  }

  @Test
  void approvals_isEmpty_whenTheRequestHasNone() {
    fixture.open("ITS-1");

    assertThat(fixture.desk().approvals(RequestKey.of("ITS-1"))).isEmpty();
  }
}
