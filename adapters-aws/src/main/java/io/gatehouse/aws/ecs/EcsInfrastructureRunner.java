package io.gatehouse.aws.ecs;

import io.gatehouse.core.infra.InfrastructureJob;
import io.gatehouse.core.infra.TaskLaunch;
import io.gatehouse.core.port.InfrastructureException;
import io.gatehouse.core.port.InfrastructureRunner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.AssignPublicIp;
import software.amazon.awssdk.services.ecs.model.ContainerOverride;
import software.amazon.awssdk.services.ecs.model.Failure;
import software.amazon.awssdk.services.ecs.model.KeyValuePair;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.RunTaskResponse;

/**
 * Starts infrastructure jobs as Fargate tasks with ECS RunTask. The job reaches the container as
 * environment variables in a container override: {@code GATEHOUSE_REQUEST_KEY}, {@code
 * GATEHOUSE_CORRELATION_ID} and {@code GATEHOUSE_PLAN}. The client token is derived from the run
 * and the request, so the SDK's own retries, and a repeated start by the same run, start one task.
 * ECS's {@code failures} (no capacity, for instance) become {@link TaskLaunch.Refused}; errors of
 * the call itself throw {@link InfrastructureException}.
 */
final class EcsInfrastructureRunner implements InfrastructureRunner {
  /** ECS refuses overrides over 8192 bytes in all; the rest of the override needs some room. */
  static final int MAX_PLAN_BYTES = 7168;

  private final EcsClient client;
  private final EcsSettings settings;

  EcsInfrastructureRunner(EcsClient client, EcsSettings settings) {
    this.client = Objects.requireNonNull(client, "client");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public TaskLaunch start(InfrastructureJob job) {
    int planBytes = job.plan().getBytes(StandardCharsets.UTF_8).length;
    if (planBytes > MAX_PLAN_BYTES) {
      return new TaskLaunch.Refused(
          "the plan of "
              + job.requestKey()
              + " is "
              + planBytes
              + " bytes, more than the "
              + MAX_PLAN_BYTES
              + " an ECS container override can carry",
          false);
    }

    RunTaskResponse response;
    try {
      response =
          client.runTask(
              run ->
                  run.cluster(settings.cluster())
                      .taskDefinition(settings.taskDefinition())
                      .launchType(LaunchType.FARGATE)
                      .count(1)
                      .startedBy("gatehouse/" + job.requestKey().value())
                      .clientToken(clientToken(job))
                      .networkConfiguration(
                          network ->
                              network.awsvpcConfiguration(
                                  vpc ->
                                      vpc.subnets(settings.subnets())
                                          .securityGroups(settings.securityGroups())
                                          .assignPublicIp(
                                              settings.assignPublicIp()
                                                  ? AssignPublicIp.ENABLED
                                                  : AssignPublicIp.DISABLED)))
                      .overrides(overrides -> overrides.containerOverrides(override(job))));
    } catch (AwsServiceException e) {
      throw new InfrastructureException(
          "ECS refused RunTask for "
              + job.requestKey()
              + ": "
              + e.awsErrorDetails().errorCode()
              + " (HTTP "
              + e.statusCode()
              + ")",
          e.retryable() || e.isThrottlingException() || e.statusCode() >= 500,
          e);
    } catch (SdkClientException e) {
      throw new InfrastructureException(
          "ECS could not be reached to start the task for " + job.requestKey(), true, e);
    }

    return outcome(response);
  }

  private static TaskLaunch outcome(RunTaskResponse response) {
    if (response.hasTasks() && !response.tasks().isEmpty()) {
      return new TaskLaunch.Started(response.tasks().get(0).taskArn());
    }
    List<Failure> failures = response.hasFailures() ? response.failures() : List.of();
    if (failures.isEmpty()) {
      return new TaskLaunch.Refused("ECS started no task and gave no reason", true);
    }
    String reason =
        failures.stream()
            .map(f -> f.reason() + (f.detail() == null ? "" : " (" + f.detail() + ")"))
            .collect(Collectors.joining("; "));
    // Capacity and agent problems pass; a missing or inactive resource needs a person.
    boolean retryable =
        failures.stream()
            .allMatch(f -> f.reason() != null && f.reason().matches("(RESOURCE|AGENT|CAPACITY).*"));
    return new TaskLaunch.Refused("ECS did not start the task: " + reason, retryable);
  }

  private ContainerOverride override(InfrastructureJob job) {
    return ContainerOverride.builder()
        .name(settings.containerName())
        .environment(environment(job))
        .build();
  }

  private static List<KeyValuePair> environment(InfrastructureJob job) {
    return List.of(
        pair("GATEHOUSE_REQUEST_KEY", job.requestKey().value()),
        pair("GATEHOUSE_CORRELATION_ID", job.correlationId()),
        pair("GATEHOUSE_PLAN", job.plan()));
  }

  private static KeyValuePair pair(String name, String value) {
    return KeyValuePair.builder().name(name).value(value).build();
  }

  /** At most 64 characters, the same for the same run and request. */
  static String clientToken(InfrastructureJob job) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (job.correlationId() + "/" + job.requestKey()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
