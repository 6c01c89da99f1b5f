package io.gatehouse.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatehouse.lambda.support.Events;
import io.gatehouse.lambda.support.World;
import io.gatehouse.testkit.jsm.JsmComment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a run writes to standard output, which CloudWatch reads: one JSON object per line, with the
 * request key and the correlation id shown on the ticket, and no credential or password.
 */
class LogLinesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PASSWORD = Pattern.compile("\\{noformat}\\n([^\\n]+)\\n");

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream original;
  private World world;

  @BeforeEach
  void capture() {
    world = World.start();
    original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(original);
    world.close();
  }

  @Test
  void run_logsOneJsonObjectPerLine_withRequestKeyAndCorrelationId_andNoSecret() throws Exception {
    Invoke.stream(world.worker(), Events.text("worker-run.json"));
    System.out.flush();

    List<JsonNode> lines = new ArrayList<>();
    for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines)
        .anySatisfy(
            line -> {
              assertThat(line.path("requestKey").asText()).isEqualTo(World.APPROVED);
              assertThat(line.path("correlationId").asText()).isEqualTo("run-0a1b2c3d4e5f");
              assertThat(line.path("awsRequestId").asText()).isNotEmpty();
            });
    // Requests are worked on by worker threads; their lines still name the invocation.
    assertThat(lines)
        .filteredOn(line -> line.has("requestKey"))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line.path("awsRequestId").asText()).isNotEmpty());
    String output = captured.toString(StandardCharsets.UTF_8);
    assertThat(output).doesNotContain(World.JIRA_TOKEN).doesNotContain(World.OKTA_TOKEN);
    assertThat(temporaryPassword()).isNotBlank();
    assertThat(output).doesNotContain(temporaryPassword());
  }

  private String temporaryPassword() {
    JsmComment reply =
        world.jsm.comments(World.APPROVED).stream().filter(JsmComment::isPublic).findFirst().get();
    Matcher matcher = PASSWORD.matcher(reply.body());
    assertThat(matcher.find()).as("the public reply carries the temporary password").isTrue();
    return matcher.group(1);
  }
}
