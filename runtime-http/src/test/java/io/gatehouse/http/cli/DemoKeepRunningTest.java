package io.gatehouse.http.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.http.WebhookServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code demo --keep-running}: the commands it suggests work against the simulators it leaves
 * running, and stopping it removes its configuration.
 */
class DemoKeepRunningTest {
  private static final Pattern CONFIG =
      Pattern.compile("Configuration \\(removed on exit\\): +(\\S+)");
  private static final Pattern KEY_FILE = Pattern.compile("\\$\\(cat (\\S+)\\)");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream commandOut = new ByteArrayOutputStream();
  private final Main main =
      new Main(
          new PrintStream(commandOut, true, StandardCharsets.UTF_8),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

  @Test
  void suggestedCommands_workAgainstTheRunningSimulators_andStoppingRemovesTheConfiguration()
      throws Exception {
    AtomicReference<Path> config = new AtomicReference<>();
    AtomicReference<Integer> webhookStatus = new AtomicReference<>();

    int code =
        new DemoCommand(new PrintStream(out, true, StandardCharsets.UTF_8))
            .keepRunning(
                cleanUp -> {
                  String printed = out.toString(StandardCharsets.UTF_8);
                  config.set(Path.of(find(CONFIG, printed)));
                  Path keyFile = Path.of(find(KEY_FILE, printed));

                  assertThat(main.execute("run", "--config", config.get().toString(), "--dry-run"))
                      .isZero();
                  assertThat(main.execute("plan", "--config", config.get().toString(), "ITS-101"))
                      .isZero();
                  try (WebhookServer webhook =
                      new ServeCommand(new PrintStream(commandOut, true, StandardCharsets.UTF_8))
                          .start(config.get())) {
                    webhookStatus.set(post(webhook.port(), Files.readString(keyFile)));
                  } catch (Exception e) {
                    throw new AssertionError(e);
                  }
                  cleanUp.run();
                });

    assertThat(code).isZero();
    assertThat(commandOut.toString(StandardCharsets.UTF_8)).contains("ITS-101");
    assertThat(webhookStatus.get()).isEqualTo(202);
    assertThat(config.get()).doesNotExist();
  }

  private static String find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
    return matcher.group(1);
  }

  private static int post(int port, String key) throws Exception {
    HttpResponse<Void> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhook"))
                    .header("X-Gatehouse-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    return response.statusCode();
  }
}
