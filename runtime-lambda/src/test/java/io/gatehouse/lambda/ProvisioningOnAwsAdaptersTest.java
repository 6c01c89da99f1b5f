package io.gatehouse.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatehouse.aws.dynamodb.Dynalite;
import io.gatehouse.aws.dynamodb.DynaliteExtension;
import io.gatehouse.lambda.config.LambdaSettings;
import io.gatehouse.lambda.config.WorkerSettings;
import io.gatehouse.lambda.support.AwsStandIns;
import io.gatehouse.lambda.support.Events;
import io.gatehouse.lambda.support.World;
import io.gatehouse.lambda.wiring.AwsPortsModule;
import io.gatehouse.lambda.wiring.Graphs;
import io.gatehouse.testkit.jsm.JsmApproval;
import io.gatehouse.testkit.jsm.JsmApproval.Approver;
import io.gatehouse.testkit.jsm.JsmApproval.Decision;
import io.gatehouse.testkit.jsm.JsmField;
import io.gatehouse.testkit.jsm.JsmField.Option;
import io.gatehouse.testkit.jsm.JsmRequest;
import io.gatehouse.testkit.okta.GroupType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provisioning function through its real entry point on the real AWS adapters, as it is wired
 * at cold start: the JSM and Okta simulators, DynamoDB on dynalite, Secrets Manager and ECS on
 * SigV4-checking loopback servers, Slack on a loopback webhook.
 */
@ExtendWith(DynaliteExtension.class)
class ProvisioningOnAwsAdaptersTest {
  private World world;
  private AwsStandIns aws;
  private ProvisioningHandler handler;

  @BeforeEach
  void start(Dynalite dynalite) {
    world = World.start();
    aws = new AwsStandIns(dynalite);
    handler = worker();
  }

  @AfterEach
  void stop() {
    aws.close();
    world.close();
  }

  @Test
  void handedOffRun_provisionsTheRequest_andStartsOneAtlantisTask_onTheAwsAdapters()
      throws Exception {
    JsonNode answer = Invoke.stream(handler, Events.text("worker-run.json"));

    assertThat(answer.path("outcomes").path(World.APPROVED).asText()).isEqualTo("PROVISIONED");
    assertThat(world.okta.user("sam.ortiz@acme.example")).isPresent();
    assertThat(world.jsm.comments(World.APPROVED))
        .anySatisfy(c -> assertThat(c.body()).contains(AwsStandIns.TASK_ARN));
    assertThat(aws.ecs.requests()).hasSize(1);
    assertThat(aws.ecs.signatureProblems()).isEmpty();
    assertThat(aws.secrets.server().signatureProblems()).isEmpty();
    JsonNode runTask = new ObjectMapper().readTree(aws.ecs.requests().get(0).bodyText());
    assertThat(runTask.path("clientToken").asText()).isEqualTo("gatehouse-" + World.APPROVED);
    assertThat(runTask.path("cluster").asText()).isEqualTo("gatehouse");
    assertThat(runTask.path("overrides").path("containerOverrides").get(0).toString())
        .contains("\"name\":\"atlantis\"")
        .contains("GATEHOUSE_CORRELATION_ID")
        .contains("run-0a1b2c3d4e5f");
  }

  @Test
  void secondContainer_findsTheFirstRunsStepsInDynamoDb_andStartsNoSecondTask() {
    Invoke.stream(handler, Events.text("worker-run.json"));

    JsonNode answer =
        Invoke.stream(worker(), "{\"gatehouse\":\"run\",\"correlationId\":\"run-second\"}");

    assertThat(answer.path("outcomes").path(World.APPROVED).isMissingNode()).isTrue();
    assertThat(aws.ecs.requests()).hasSize(1);
    assertThat(world.okta.user("sam.ortiz@acme.example")).isPresent();
  }

  @Test
  void aPlanLongerThanTheTasksEnvironmentHolds_isCutToFit_andTheTaskStarts() throws Exception {
    // Forty groups with Japanese names: under 4000 characters of plan, but three bytes a character.
    List<String> groups =
        IntStream.range(0, 40).mapToObj(i -> "経理部門の読み取り専用グループ".repeat(4) + i).toList();
    groups.forEach(group -> world.okta.addGroup(group, GroupType.OKTA_GROUP));
    world
        .jsm
        .addRequest(
            JsmRequest.builder("ITS-150")
                .desk("3")
                .type("25")
                .reporter("acc-dana")
                .created(Instant.parse("2026-11-30T09:00:00Z"))
                .summary("Okta account for Ren")
                .field(JsmField.text("customfield_10070", "First name", "Ren"))
                .field(JsmField.text("customfield_10069", "Last name", "Sato"))
                .field(JsmField.text("customfield_10071", "Work e-mail", "ren.sato@acme.example"))
                .field(
                    JsmField.options(
                        "customfield_10073",
                        "Okta groups",
                        IntStream.range(0, groups.size())
                            .mapToObj(i -> new Option(String.valueOf(20_000 + i), groups.get(i)))
                            .toArray(Option[]::new)))
                .build())
        .addApproval(
            "ITS-150",
            JsmApproval.of(
                "5150",
                "Manager approval",
                Decision.APPROVED,
                Instant.parse("2026-11-30T10:00:00Z"),
                new Approver("acc-riya", Decision.APPROVED)));
    Map<String, String> env = aws.environment(world);
    env.put(
        "GATEHOUSE_CONFIG",
        env.get("GATEHOUSE_CONFIG")
            .replace(
                "allowedGroups: [okta-finance-ro, vpn-users, okta-eng]",
                "allowedGroups: [okta-finance-ro, vpn-users, okta-eng, "
                    + String.join(", ", groups)
                    + "]"));
    WorkerSettings settings = LambdaSettings.worker(env);
    ProvisioningHandler longPlans =
        new ProvisioningHandler(
            Graphs.worker(settings, AwsPortsModule.forWorker(settings, aws.access())));

    JsonNode answer = Invoke.stream(longPlans, Events.text("worker-run.json"));

    assertThat(answer.path("outcomes").path("ITS-150").asText()).isEqualTo("PROVISIONED");
    JsonNode overrides =
        aws.ecs.requests().stream()
            .map(request -> readTree(request.bodyText()))
            .filter(body -> body.path("clientToken").asText().equals("gatehouse-ITS-150"))
            .findFirst()
            .orElseThrow()
            .path("overrides");
    assertThat(overrides.toString().getBytes(StandardCharsets.UTF_8).length).isLessThan(8192);
    String plan = "";
    for (JsonNode variable : overrides.path("containerOverrides").get(0).path("environment")) {
      if (variable.path("name").asText().equals("GATEHOUSE_PLAN")) {
        plan = variable.path("value").asText();
      }
    }
    assertThat(plan).startsWith("create user ren.sato@acme.example").endsWith("(cut)");
  }

  private static JsonNode readTree(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private ProvisioningHandler worker() {
    WorkerSettings settings = LambdaSettings.worker(aws.environment(world));
    return new ProvisioningHandler(
        Graphs.worker(settings, AwsPortsModule.forWorker(settings, aws.access())));
  }
}
