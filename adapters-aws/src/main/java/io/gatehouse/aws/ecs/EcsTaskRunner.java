package io.gatehouse.aws.ecs;

import io.gatehouse.core.port.TaskLaunch;
import io.gatehouse.core.port.TaskRunner;
import io.gatehouse.core.port.TaskRunnerException;
import java.util.List;
import java.util.Map;
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
 * Starts tasks as Fargate tasks with ECS RunTask. The launch's environment reaches the container as
 * variables in a container override, sorted by name. The launch's idempotency key is the client
 * token, so the SDK's own retries, and a repeated start with the same key, start one task. ECS's
 * {@code failures} (no capacity, for instance) and errors of the call itself throw {@link
 * TaskRunnerException}, saying whether a retry can help.
 */
final class EcsTaskRunner implements TaskRunner {
  /** ECS refuses overrides over 8192 bytes in all; the rest of the override needs some room. */
  static final int MAX_ENVIRONMENT_BYTES = TaskLaunch.MAX_ENVIRONMENT_BYTES;

  private final EcsClient client;
  private final EcsSettings settings;

  EcsTaskRunner(EcsClient client, EcsSettings settings) {
    this.client = Objects.requireNonNull(client, "client");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public String start(TaskLaunch launch) {
    int bytes = launch.environmentBytes();
    if (bytes > MAX_ENVIRONMENT_BYTES) {
      throw new TaskRunnerException(
          "the environment of the task for "
              + launch.requestKey()
              + " is "
              + bytes
              + " bytes, more than the "
              + MAX_ENVIRONMENT_BYTES
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
                      .startedBy("gatehouse/" + launch.requestKey().value())
                      .clientToken(launch.idempotencyKey())
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
                      .overrides(overrides -> overrides.containerOverrides(override(launch))));
    } catch (AwsServiceException e) {
      throw new TaskRunnerException(
          "ECS refused RunTask for "
              + launch.requestKey()
              + ": "
              + e.awsErrorDetails().errorCode()
              + " (HTTP "
              + e.statusCode()
              + ")",
          e.retryable() || e.isThrottlingException() || e.statusCode() >= 500,
          e);
    } catch (SdkClientException e) {
      throw new TaskRunnerException(
          "ECS could not be reached to start the task for " + launch.requestKey(), true, e);
    }

    return taskArn(launch, response);
  }

  private static String taskArn(TaskLaunch launch, RunTaskResponse response) {
    if (response.hasTasks() && !response.tasks().isEmpty()) {
      return response.tasks().get(0).taskArn();
    }
    List<Failure> failures = response.hasFailures() ? response.failures() : List.of();
    if (failures.isEmpty()) {
      throw new TaskRunnerException(
          "ECS started no task for " + launch.requestKey() + " and gave no reason", true);
    }
    String reason =
        failures.stream()
            .map(f -> f.reason() + (f.detail() == null ? "" : " (" + f.detail() + ")"))
            .collect(Collectors.joining("; "));
    // Capacity and agent problems pass; a missing or inactive resource needs a person.
    boolean retryable =
        failures.stream()
            .allMatch(f -> f.reason() != null && f.reason().matches("(RESOURCE|AGENT|CAPACITY).*"));
    throw new TaskRunnerException(
        "ECS did not start the task for " + launch.requestKey() + ": " + reason, retryable);
  }

  private ContainerOverride override(TaskLaunch launch) {
    List<KeyValuePair> environment =
        launch.environment().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> KeyValuePair.builder().name(e.getKey()).value(e.getValue()).build())
            .toList();
    return ContainerOverride.builder()
        .name(settings.containerName())
        .environment(environment)
        .build();
  }
}
