package io.gatehouse.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.port.Alert;
import io.gatehouse.core.request.RequestKey;
import org.junit.jupiter.api.Test;

class AlertTextTest {
  private static final Alert ALERT =
      new Alert(
          "Jira rejected Bearer abc.DEF-123 for ITS-42",
          "401 from /rest/servicedeskapi\npassword: hunter2",
          RequestKey.of("ITS-42"),
          "run-7f3a");

  @Test
  void render_givesTitleRequestCorrelationAndDetail_scrubbed() {
    assertThat(AlertText.render(ALERT))
        .isEqualTo(
            "Jira rejected Bearer [redacted] for ITS-42\n"
                + "Request: ITS-42\n"
                + "Correlation id: run-7f3a\n\n"
                + "401 from /rest/servicedeskapi\n"
                + "password: [redacted]");
  }

  @Test
  void summary_namesTheAlertForTheLog_withoutItsDetail() {
    assertThat(AlertText.summary(ALERT))
        .isEqualTo(
            "Jira rejected Bearer [redacted] for ITS-42 [request ITS-42, correlation id run-7f3a]");
    assertThat(AlertText.summary(new Alert("Run failed", "", null, "run-1")))
        .isEqualTo("Run failed [request none, correlation id run-1]");
  }
}
