package io.gatehouse.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gatehouse.core.port.ServiceDeskException;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.testkit.jsm.CannedResponse;
import io.gatehouse.testkit.jsm.JsmStatus;
import io.gatehouse.testkit.jsm.JsmTransition;
import io.gatehouse.testkit.jsm.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** BC-20: resolving through the request's live platform transitions. */
class JsmResolveTest {
  private static final RequestKey ITS_1 = RequestKey.of("ITS-1");
  private static final String TRANSITIONS = "/rest/api/3/issue/ITS-1/transitions";

  private final JsmDeskFixture fixture = new JsmDeskFixture().open("ITS-1");

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void bc20_choosesTheLiveTransitionByName_ignoringCaseAndSpaces_andSendsItsIdAsAString() {
    fixture.desk("  resolve THIS issue ").resolve(ITS_1);

    assertThat(fixture.jsm.status("ITS-1")).isEqualTo(JsmDeskFixture.RESOLVED);
    RecordedRequest listed = fixture.calls("GET", TRANSITIONS).get(0);
    assertThat(listed.queryParameters()).containsEntry("expand", List.of("transitions.fields"));
    assertThat(fixture.calls("POST", TRANSITIONS))
        .extracting(RecordedRequest::body)
        .containsExactly("{\"transition\":{\"id\":\"31\"}}");
  }

  @Test
  void bc20_choosesByTargetStatus_whenNoTransitionHasTheConfiguredName() {
    fixture.desk("Done", settings -> settings.withResolveStatus("resolved")).resolve(ITS_1);

    assertThat(fixture.jsm.status("ITS-1")).isEqualTo(JsmDeskFixture.RESOLVED);
    assertThat(fixture.calls("POST", TRANSITIONS)).hasSize(1);
  }

  @Test
  void bc20_postsNothing_andNamesEveryAvailableTransition_whenNoneFits() {
    ServiceDeskException failure =
        catchThrowableOfType(
            ServiceDeskException.class,
            () -> fixture.desk("Done", s -> s.withResolveStatus("Closed")).resolve(ITS_1));

    assertThat(failure.retryable()).isFalse();
    assertThat(failure)
        .hasMessageContaining("named 'Done' (jira.resolveTransition)")
        .hasMessageContaining("leading to 'Closed' (jira.resolveStatus)")
        .hasMessageContaining("'Resolve this issue' to 'Resolved'")
        .hasMessageContaining("'Pending' to 'Pending'");
    assertThat(fixture.calls("POST", TRANSITIONS)).isEmpty();
    assertThat(fixture.jsm.status("ITS-1")).isEqualTo(JsmDeskFixture.WAITING);
  }

  @Test
  void bc20_saysTheAccountMayLackThePermission_whenNoTransitionIsListed() {
    fixture.jsm.enqueue(
        TRANSITIONS, CannedResponse.text(200, "application/json", "{\"transitions\":[]}"));

    ServiceDeskException failure =
        catchThrowableOfType(ServiceDeskException.class, () -> fixture.desk().resolve(ITS_1));

    assertThat(failure).hasMessageContaining("none (the agent account may lack Transition issues)");
    assertThat(fixture.calls("POST", TRANSITIONS)).isEmpty();
  }

  @Test
  void bc20_refusesWithoutPosting_whenTheScreenRequiresAFieldGatehouseDoesNotFill() {
    requireOnResolve("customfield_10090");

    ServiceDeskException failure =
        catchThrowableOfType(ServiceDeskException.class, () -> fixture.desk().resolve(ITS_1));

    assertThat(failure.retryable()).isFalse();
    assertThat(failure)
        .hasMessageContaining("'Resolve this issue' of ITS-1")
        .hasMessageContaining("requires the screen field(s) customfield_10090");
    assertThat(fixture.calls("POST", TRANSITIONS)).isEmpty();
  }

  @Test
  void bc20_refusesNamingTheSetting_whenTheScreenRequiresAResolutionThatIsNotConfigured() {
    requireOnResolve("resolution");

    ServiceDeskException failure =
        catchThrowableOfType(ServiceDeskException.class, () -> fixture.desk().resolve(ITS_1));

    assertThat(failure).hasMessageContaining("resolution").hasMessageContaining("jira.resolution");
    assertThat(fixture.calls("POST", TRANSITIONS)).isEmpty();
  }

  @Test
  void bc20_setsTheConfiguredResolution_whenTheScreenRequiresIt() {
    requireOnResolve("resolution");

    fixture.desk("Resolve this issue", s -> s.withResolution("Done")).resolve(ITS_1);

    assertThat(fixture.jsm.status("ITS-1")).isEqualTo(JsmDeskFixture.RESOLVED);
    assertThat(fixture.calls("POST", TRANSITIONS))
        .extracting(RecordedRequest::body)
        .containsExactly(
            "{\"transition\":{\"id\":\"31\"},\"fields\":{\"resolution\":{\"name\":\"Done\"}}}");
  }

  @Test
  void bc20_retriesOnceWithTheResolution_whenTheWorkflowAsksForItDespiteTheScreenMetadata() {
    requireOnResolve("resolution");
    fixture.jsm.enqueue(
        TRANSITIONS,
        CannedResponse.text(
            200,
            "application/json",
            "{\"transitions\":[{\"id\":\"31\",\"name\":\"Resolve this issue\","
                + "\"to\":{\"name\":\"Resolved\"}}]}"),
        resolutionRequired());

    fixture.desk("Resolve this issue", s -> s.withResolution("Done")).resolve(ITS_1);

    assertThat(fixture.jsm.status("ITS-1")).isEqualTo(JsmDeskFixture.RESOLVED);
    assertThat(fixture.calls("POST", TRANSITIONS))
        .extracting(RecordedRequest::body)
        .containsExactly(
            "{\"transition\":{\"id\":\"31\"}}",
            "{\"transition\":{\"id\":\"31\"},\"fields\":{\"resolution\":{\"name\":\"Done\"}}}");
  }

  @Test
  void bc20_surfacesThePlatformErrorText_whenTheTransitionIsRefused() {
    fixture.jsm.enqueue(
        TRANSITIONS,
        CannedResponse.text(
            200,
            "application/json",
            "{\"transitions\":[{\"id\":\"31\",\"name\":\"Resolve this issue\","
                + "\"to\":{\"name\":\"Resolved\"}}]}"),
        resolutionRequired());

    ServiceDeskException failure =
        catchThrowableOfType(ServiceDeskException.class, () -> fixture.desk().resolve(ITS_1));

    assertThat(failure.retryable()).isFalse();
    assertThat(failure)
        .hasMessageContaining("400")
        .hasMessageContaining("POST " + TRANSITIONS)
        .hasMessageContaining("resolution: Field 'resolution' is required");
    assertThat(fixture.calls("POST", TRANSITIONS)).hasSize(1);
  }

  private void requireOnResolve(String fieldId) {
    fixture.jsm.setTransitions(
        JsmDeskFixture.WAITING,
        new JsmTransition("31", "Resolve this issue", JsmDeskFixture.RESOLVED).requiring(fieldId),
        new JsmTransition("41", "Pending", JsmStatus.open("Pending")));
  }

  private static CannedResponse resolutionRequired() {
    return CannedResponse.text(
        400,
        "application/json",
        "{\"errorMessages\":[],\"errors\":{\"resolution\":\"Field 'resolution' is required\"}}");
  }
}
