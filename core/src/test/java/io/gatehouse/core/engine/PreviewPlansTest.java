package io.gatehouse.core.engine;

import static io.gatehouse.core.fakes.Requests.MANAGER;
import static io.gatehouse.core.fakes.Requests.approvedBy;
import static io.gatehouse.core.fakes.Requests.newHire;
import static io.gatehouse.core.fakes.Requests.onboarding;
import static io.gatehouse.core.fakes.Requests.pending;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.core.directory.CredentialDelivery;
import io.gatehouse.core.fakes.FakeServiceDesk;
import io.gatehouse.core.request.RequestKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewPlansTest {
  private final FakeServiceDesk desk = new FakeServiceDesk();
  private final PreviewPlans previews =
      new PreviewPlans(
          desk, new Catalog(List.of(onboarding(CredentialDelivery.TEMPORARY_PASSWORD))));

  @Test
  void of_showsTheDecisionAndThePlanAsAPersonWouldWriteIt_andChangesNothing() {
    desk.add(newHire("ITS-1", "sam@example.com", "vpn-users"), approvedBy(MANAGER));

    PlanPreview preview = previews.of(RequestKey.of("ITS-1")).orElseThrow();

    assertThat(preview.decision()).isEqualTo("approved by Riya Patel");
    assertThat(preview.steps())
        .containsExactly(
            "create user sam@example.com with a temporary password",
            "add to group everyone",
            "add to group vpn-users");
    assertThat(desk.comments()).isEmpty();
    assertThat(desk.resolved()).isEmpty();
  }

  @Test
  void ofOpenRequests_showsWaitingAndInvalidRequestsWithTheirReasons() {
    desk.add(newHire("ITS-2", "kim@example.com"), pending(MANAGER));
    desk.add(newHire("ITS-3", "not-an-address"), approvedBy(MANAGER));

    List<PlanPreview> all = previews.ofOpenRequests();

    assertThat(all.get(0).decision()).startsWith("waiting: approval 'Manager approval'");
    assertThat(all.get(1).problems()).singleElement().asString().contains("not a valid e-mail");
  }

  @Test
  void of_isEmpty_forARequestTheDeskDoesNotShow() {
    assertThat(previews.of(RequestKey.of("ITS-9"))).isEmpty();
  }
}
