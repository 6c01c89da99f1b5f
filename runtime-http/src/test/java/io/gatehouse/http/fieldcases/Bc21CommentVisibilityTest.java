package io.gatehouse.http.fieldcases;

import static io.gatehouse.http.fieldcases.FieldCaseWorld.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.engine.RequestOutcome.Status;
import io.gatehouse.core.engine.RunReport;
import io.gatehouse.http.demo.DemoWorld;
import io.gatehouse.testkit.jsm.JsmComment;
import io.gatehouse.testkit.okta.Fault;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * BC-21: an Okta refusal is reported on the ticket in an internal comment only; nothing of it
 * reaches the requester's portal view.
 */
class Bc21CommentVisibilityTest {
  private static final String OKTA_ERROR =
      "{\"errorCode\":\"E0000001\",\"errorSummary\":\"Api validation failed: login\","
          + "\"errorLink\":\"E0000001\",\"errorId\":\"oaeFAKE\",\"errorCauses\":[{\"errorSummary\":"
          + "\"login: An object with this field already exists in the current organization\"}]}";

  private final DemoWorld world = DemoWorld.start();

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void bc21_reportsAnOktaRefusalInAnInternalCommentOnly() {
    world.okta().failNext(new Fault("POST", "/api/v1/users", 400, OKTA_ERROR, Map.of(), false), 2);

    RunReport report = world.job().run();

    assertThat(outcome(report, "ITS-101").status()).isNotEqualTo(Status.PROVISIONED);
    List<JsmComment> comments = world.jsm().comments("ITS-101");
    assertThat(comments).isNotEmpty();
    assertThat(comments).allMatch(comment -> !comment.isPublic());
    assertThat(world.jsm().status("ITS-101").isOpen()).isTrue();
  }
}
