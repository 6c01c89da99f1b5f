package io.gatehouse.lambda.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the Atlantis stage hands on of a plan, in the task's environment and the comment. */
class AtlantisCommentTest {
  private static final String TASK = "arn:aws:ecs:eu-west-1:123456789012:task/gatehouse/1";

  @Test
  void comment_escapesMarkupFromThePlan_soGroupNamesAndLoginsCannotFormatOrEmbed() {
    String plan =
        "create user first_middle_last@acme.example with a temporary password; add to group"
            + " *admins*; add to group !https://tracker.example/p.png!; add to group [x|http://e]";

    String comment = AtlantisStage.comment(TASK, plan, "run-1");

    assertThat(comment)
        .contains("first\\_middle\\_last@acme.example")
        .contains("\\*admins\\*")
        .contains("\\!https://tracker.example/p.png\\!")
        .contains("\\[x\\|http://e\\]")
        .contains(TASK)
        .endsWith("Correlation id: run-1");
  }

  @Test
  void comment_onAPlanOfThousandsOfGroups_staysWithinWhatJiraAccepts() {
    String plan = "add to group okta-team-with-a-long-name; ".repeat(5_000);

    String comment = AtlantisStage.comment(TASK, plan, "run-1");

    assertThat(comment.length()).isLessThanOrEqualTo(30_000);
    assertThat(comment).contains(TASK).contains("run-1");
  }

  @Test
  void fitted_cutsThePlanByUtf8Bytes_betweenCharacters_sayingSo() {
    String plan = "add to group \u7d4c\u7406" + "\ud83d\ude00".repeat(3_000);

    String fitted = AtlantisStage.fitted(plan, 101);

    assertThat(fitted.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(101);
    assertThat(fitted).startsWith("add to group \u7d4c\u7406\ud83d\ude00").endsWith(" (cut)");
    assertThat(fitted.codePoints().filter(c -> c >= 0xd800 && c <= 0xdfff)).isEmpty();
    assertThat(AtlantisStage.fitted("deactivate user a@acme.example", 101))
        .isEqualTo("deactivate user a@acme.example");
  }

  @Test
  void comment_cutsALongPlanBetweenCharacters() {
    String plan = "\ud83d\ude00".repeat(40_000);

    String comment = AtlantisStage.comment(TASK, plan, "run-1");

    assertThat(comment.length()).isLessThanOrEqualTo(30_000);
    assertThat(comment.codePoints().filter(c -> c >= 0xd800 && c <= 0xdfff)).isEmpty();
    assertThat(comment).contains(" (cut)").endsWith("run-1");
  }
}
