package io.gatehouse.http.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.http.WebhookServer;
import io.gatehouse.http.demo.DemoDesk;
import io.gatehouse.http.demo.DemoWorld;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through its real entry point, against the simulators. */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Main main =
      new Main(
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
  private DemoWorld world;

  @TempDir Path dir;

  @AfterEach
  void stop() {
    if (world != null) {
      world.close();
    }
  }

  @Test
  void run_printsEveryRequest_andExitsNonZero_whenARequestFailed() {
    world = DemoWorld.start();

    int code = main.execute("run", "--config", world.configFile().toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("ITS-101", "PROVISIONED", "ITS-103", "WAITING", "ITS-105", "INVALID");
  }

  @Test
  void run_exitsWithUsage_andListsEveryConfigurationProblem() throws IOException {
    Path config = dir.resolve("gatehouse.yaml");
    Files.writeString(config, "jira:\n  baseUrl: ftp://x\nokta: {}\n");

    int code = main.execute("run", "--config", config.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("jira.baseUrl:", "jira.serviceDeskId:", "okta.orgUrl:", "requestTypes:");
  }

  @Test
  void run_reportsEverySecretThatCannotBeRead_atStartUp_withItsKey() {
    Path example = repoRoot().resolve("config/gatehouse.example.yaml");

    int code = main.execute("run", "--config", example.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("jira.apiToken: secret env:GATEHOUSE_JIRA_API_TOKEN is not available")
        .contains("okta.oauth.privateKey: secret file:/run/secrets/gatehouse-okta.pem")
        .doesNotContain("server.apiKey");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void serve_alsoReadsTheWebhooksApiKey_atStartUp() {
    Path example = repoRoot().resolve("config/gatehouse.example.yaml");

    int code = main.execute("serve", "--config", example.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("server.apiKey: secret env:GATEHOUSE_WEBHOOK_KEY");
  }

  @Test
  void plan_takesItsKeyAndOptionsInAnyOrder() {
    world = DemoWorld.start();

    int code = main.execute("plan", "ITS-101", "--config", world.configFile().toString());

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("ITS-101");
  }

  @Test
  void options_mayComeBeforeTheCommand() {
    world = DemoWorld.start();

    int code = main.execute("--config", world.configFile().toString(), "plan", "ITS-101");
    int dryRun = main.execute("--dry-run", "--config", world.configFile().toString(), "run");

    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(code).isZero();
    assertThat(dryRun).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("ITS-101");
  }

  @Test
  void configWithoutItsFile_isACommandLineProblem_evenWhenAnOptionFollows() {
    int code = main.execute("run", "--config", "--dry-run");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("gatehouse: run: --config takes");
  }

  @Test
  void configFileNameThatCannotBeAPath_isACommandLineProblem() {
    int code = main.execute("run", "--config", "gate\u0000house.yaml");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--config:")
        .doesNotContain("\u0000")
        .doesNotContain("\tat ");
  }

  @Test
  void whatIsEchoedFromTheCommandLine_carriesNoControlCharacters() {
    String hostile = "\u001b]0;owned\u0007\u001b[2J";

    main.execute("plan", "--config", "x" + hostile + ".yaml", "ITS-1");
    main.execute("plan", "--config", "x.yaml", "ITS-1" + hostile);
    main.execute("run" + hostile);

    String shown = err.toString(StandardCharsets.UTF_8);
    assertThat(shown).doesNotContain("\u001b").doesNotContain("\u0007").contains("?]0;owned");
  }

  @Test
  void plan_whenTheDeskCannotBeRead_saysSoInOneLine_andExitsThree() throws IOException {
    world = DemoWorld.start();
    Path config = world.configFile().resolveSibling("unreachable.yaml");
    Files.writeString(
        config,
        Files.readString(world.configFile())
            .replace(world.jsm().baseUrl(), "http://127.0.0.1:" + closedPort()));

    int dryRun = main.execute("run", "--dry-run", "--config", config.toString());
    int plan = main.execute("plan", "--config", config.toString(), "ITS-101");

    assertThat(dryRun).isEqualTo(3);
    assertThat(plan).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("gatehouse: could not read the service desk:")
        .doesNotContain("\tat ")
        .doesNotContain("Exception in thread");
  }

  @Test
  void plan_printsTheDecisionAndPlanOfOneRequest_andChangesNothing() {
    world = DemoWorld.start();

    int code = main.execute("plan", "--config", world.configFile().toString(), "ITS-101");

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("ITS-101  New employee  approved by Riya Patel")
        .contains("- create user sam.ortiz@acme.example with a temporary password")
        .contains("- add to group vpn-users");
    assertThat(world.okta().requests())
        .noneMatch(call -> !call.method().equals("GET") && call.path().startsWith("/api/"));
    assertThat(world.jsm().recorded()).allMatch(call -> call.method().equals("GET"));
  }

  @Test
  void planAndRun_printWhatARequesterTyped_withoutItsControlCharacters() {
    world = DemoWorld.start();
    DemoDesk.addApprovedNewHire(
        world.jsm(), "ITS-190", "\u001b]0;owned\u0007x\u001b[2J\u202e@acme.example", "Eve", "Ray");

    main.execute("plan", "--config", world.configFile().toString(), "ITS-190");
    main.execute("run", "--config", world.configFile().toString());

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("ITS-190")
        .contains("?]0;owned?x?[2J?@acme.example")
        .doesNotContain("\u001b")
        .doesNotContain("\u0007")
        .doesNotContain("\u202e");
  }

  @Test
  void runDryRun_printsEveryOpenRequest_andChangesNothing() {
    world = DemoWorld.start();

    int code = main.execute("run", "--config", world.configFile().toString(), "--dry-run");

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Dry run: nothing is changed")
        .contains("ITS-103  New employee  waiting: approval 'Manager approval' is still pending")
        .contains("! field customfield_10071 value 'jordan smith@acme.example'");
    assertThat(world.okta().user("sam.ortiz@acme.example")).isEmpty();
    assertThat(world.jsm().recorded()).allMatch(call -> call.method().equals("GET"));
  }

  @Test
  void plan_withoutARequestKey_exitsWithUsage() {
    assertThat(main.execute("plan", "--config", "x.yaml")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("plan needs a request key, such as ITS-42");
  }

  @Test
  void unknownCommand_exitsWithUsage() {
    assertThat(main.execute("provision")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'provision'");
  }

  @Test
  void serve_runsOnceAtStart_andAgainForEachWebhookCall() throws Exception {
    world = DemoWorld.start();
    Files.writeString(world.configFile().resolveSibling("webhook-key"), "k3y-for-this-test");
    Files.writeString(
        world.configFile(),
        Files.readString(world.configFile())
            + "server:\n  host: 127.0.0.1\n  port: 0\n  apiKey: file:webhook-key\n");

    try (WebhookServer server = new ServeCommand(new PrintStream(out)).start(world.configFile())) {
      awaitUntil(() -> world.jsm().status("ITS-101").equals(DemoDesk.RESOLVED));
      DemoDesk.addApprovedNewHire(world.jsm(), "ITS-106", "lee.chen@acme.example", "Lee", "Chen");

      HttpResponse<String> answer = post(server.port(), "k3y-for-this-test");

      assertThat(answer.statusCode()).isEqualTo(202);
      awaitUntil(() -> world.jsm().status("ITS-106").equals(DemoDesk.RESOLVED));
      assertThat(world.okta().user("lee.chen@acme.example")).isPresent();
      assertThat(post(server.port(), "wrong").statusCode()).isEqualTo(401);
    }
  }

  private static Path repoRoot() {
    Path start = Path.of(System.getProperty("gatehouse.repoRoot", "")).toAbsolutePath();
    for (Path p = start; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve(".mvn"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root above " + start);
  }

  private static HttpResponse<String> post(int port, String key) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhook"))
            .header("X-Gatehouse-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString("{\"issue\":{\"key\":\"ITS-999\"}}"))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Waits, for at most ten seconds, for a condition that another thread makes true. */
  /** A loopback port nothing listens on. */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void awaitUntil(BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("condition not met within 10 s");
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }
}
