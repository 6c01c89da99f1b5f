package io.gatehouse.http.fieldcases;

import static io.gatehouse.http.fieldcases.FieldCaseWorld.RIYA;
import static io.gatehouse.http.fieldcases.FieldCaseWorld.addAccount;
import static io.gatehouse.http.fieldcases.FieldCaseWorld.approval;
import static io.gatehouse.http.fieldcases.FieldCaseWorld.approved;
import static io.gatehouse.http.fieldcases.FieldCaseWorld.newHire;
import static io.gatehouse.http.fieldcases.FieldCaseWorld.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.engine.RequestOutcome;
import io.gatehouse.core.engine.RequestOutcome.Status;
import io.gatehouse.http.demo.DemoWorld;
import io.gatehouse.testkit.jsm.JsmApproval.Decision;
import io.gatehouse.testkit.jsm.JsmComment;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * BC-04: Jira Cloud may hide the reporter's e-mail; the Okta login comes only from the request's
 * work e-mail field, never from the reporter's display name or personal address.
 */
class Bc04IdentityTest {
  private static final String REPORTER = "557058:FAKE-aaaa";

  private final DemoWorld world = DemoWorld.start();

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void bc04_guessesNoLoginFromTheDisplayName_whenTheRequestGivesNoWorkEmail() {
    addAccount(world.jsm(), REPORTER, "Dana Kowalski", null);
    seedApproved("ITS-301", null);

    RequestOutcome outcome = outcome(world.job().run(), "ITS-301");

    assertThat(outcome.status()).isEqualTo(Status.INVALID);
    assertThat(outcome.reason()).contains("customfield_10071").contains("not provided");
    assertNoOktaAccountFor("ITS-301", "(work e-mail) is not provided");
  }

  @Test
  void bc04_rejectsAWorkEmailOutsideTheCompanyDomains_withoutCallingOkta() {
    addAccount(world.jsm(), REPORTER, "Dana Kowalski", "dana.k@gmail.com");
    seedApproved("ITS-302", "dana.k@gmail.com");

    RequestOutcome outcome = outcome(world.job().run(), "ITS-302");

    assertThat(outcome.status()).isEqualTo(Status.INVALID);
    assertThat(outcome.reason()).contains("gmail.com");
    assertThat(world.okta().user("dana.k@gmail.com")).isEmpty();
    assertNoOktaAccountFor("ITS-302", "gmail.com");
  }

  @Test
  void bc04_takesTheLoginFromTheWorkEmailField_notFromTheReportersAddress() {
    addAccount(world.jsm(), REPORTER, "Dana Kowalski", "dana.k@gmail.com");
    seedApproved("ITS-303", "dana.kowalski@acme.example");

    RequestOutcome outcome = outcome(world.job().run(), "ITS-303");

    assertThat(outcome.status()).isEqualTo(Status.PROVISIONED);
    assertThat(world.okta().user("dana.kowalski@acme.example")).isPresent();
    assertThat(world.okta().user("dana.k@gmail.com")).isEmpty();
  }

  private void seedApproved(String key, String workEmail) {
    world.jsm().addRequest(newHire(key, REPORTER, workEmail).build());
    world
        .jsm()
        .addApproval(key, approval("21", "Manager approval", Decision.APPROVED, approved(RIYA)));
  }

  private void assertNoOktaAccountFor(String key, String namedInComment) {
    // Only the demo's two approved requests reach Okta.
    assertThat(world.okta().requests("POST", "/api/v1/users")).hasSize(2);
    assertThat(world.okta().requests())
        .noneMatch(call -> call.toString().toLowerCase().contains("kowalski"));
    List<JsmComment> comments = world.jsm().comments(key);
    assertThat(comments).hasSize(1);
    assertThat(comments.get(0).isPublic()).isFalse();
    assertThat(comments.get(0).body()).contains(namedInComment);
  }
}
