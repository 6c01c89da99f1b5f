package io.gatehouse.lambda.config;

import java.util.List;
import java.util.Objects;

/**
 * Where the ECS task that runs Atlantis starts: handed to the ECS task runner of adapters-aws.
 *
 * @param cluster the ECS cluster's name or ARN ({@code GATEHOUSE_ECS_CLUSTER})
 * @param taskDefinition the task definition's family, family:revision or ARN ({@code
 *     GATEHOUSE_ECS_TASK_DEFINITION})
 * @param subnets the subnet ids the task's network interface goes into ({@code
 *     GATEHOUSE_ECS_SUBNETS}, comma-separated)
 * @param securityGroups the security group ids ({@code GATEHOUSE_ECS_SECURITY_GROUPS})
 * @param containerName the container whose environment is overridden with the request key, plan and
 *     correlation id ({@code GATEHOUSE_ECS_CONTAINER})
 */
public record AtlantisSettings(
    String cluster,
    String taskDefinition,
    List<String> subnets,
    List<String> securityGroups,
    String containerName) {
  public AtlantisSettings {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(taskDefinition, "taskDefinition");
    subnets = List.copyOf(subnets);
    securityGroups = List.copyOf(securityGroups);
    Objects.requireNonNull(containerName, "containerName");
  }
}
