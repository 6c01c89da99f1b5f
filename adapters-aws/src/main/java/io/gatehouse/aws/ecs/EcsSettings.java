package io.gatehouse.aws.ecs;

import io.gatehouse.aws.AwsConnection;
import java.util.ArrayList;
import java.util.List;

/**
 * Which Fargate task the task runner starts. Validated whole on construction: every problem is
 * reported together in one {@link IllegalArgumentException}, each naming its configuration key.
 *
 * @param connection the region and, for tests or VPC endpoints, the endpoint
 * @param cluster the cluster's name or ARN
 * @param taskDefinition the task definition's family, {@code family:revision} or ARN
 * @param containerName the container in that task definition that receives the launch's environment
 * @param subnets the subnets the task runs in (at least one, at most 16)
 * @param securityGroups the security groups of the task (at most 5)
 * @param assignPublicIp whether the task gets a public address (only for subnets without NAT)
 */
public record EcsSettings(
    AwsConnection connection,
    String cluster,
    String taskDefinition,
    String containerName,
    List<String> subnets,
    List<String> securityGroups,
    boolean assignPublicIp) {
  private static final String PREFIX = "aws.ecs";

  public EcsSettings {
    List<String> problems = new ArrayList<>();
    if (connection == null) {
      problems.add(PREFIX + ".region must be set");
    } else {
      connection.check(PREFIX, problems);
    }
    requireText(PREFIX + ".cluster", cluster, problems);
    requireText(PREFIX + ".taskDefinition", taskDefinition, problems);
    requireText(PREFIX + ".containerName", containerName, problems);
    subnets = subnets == null ? List.of() : List.copyOf(subnets);
    securityGroups = securityGroups == null ? List.of() : List.copyOf(securityGroups);
    if (subnets.isEmpty() || subnets.size() > 16) {
      problems.add(PREFIX + ".subnets must name between 1 and 16 subnets");
    }
    if (!subnets.stream().allMatch(id -> id.matches("subnet-[0-9a-f]+"))) {
      problems.add(PREFIX + ".subnets must be subnet ids such as subnet-0a1b2c3d");
    }
    if (securityGroups.size() > 5) {
      problems.add(PREFIX + ".securityGroups must name at most 5 groups");
    }
    if (!securityGroups.stream().allMatch(id -> id.matches("sg-[0-9a-f]+"))) {
      problems.add(PREFIX + ".securityGroups must be group ids such as sg-0a1b2c3d");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "ECS settings are not valid: " + String.join("; ", problems));
    }
  }

  private static void requireText(String key, String value, List<String> problems) {
    if (value == null || value.isBlank()) {
      problems.add(key + " must be set");
    }
  }
}
