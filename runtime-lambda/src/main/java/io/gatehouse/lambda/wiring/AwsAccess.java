package io.gatehouse.lambda.wiring;

import io.gatehouse.aws.AwsConnection;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;

/**
 * How a function reaches AWS: one region, one credentials provider and, for tests only, a local
 * endpoint per service. Every client of a function is built from it through {@link
 * io.gatehouse.aws.AwsClients}, so no client looks up a region or a credential chain.
 *
 * @param region the function's region ({@code AWS_REGION})
 * @param credentials the function's role, from the variables Lambda sets
 * @param endpoints by SDK service name ({@code dynamodb}, {@code ecs}, {@code lambda}, {@code
 *     secretsmanager}): where to send that service's calls instead of its public endpoint
 */
public record AwsAccess(
    String region, AwsCredentialsProvider credentials, Map<String, URI> endpoints) {
  public AwsAccess {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(credentials, "credentials");
    endpoints = Map.copyOf(endpoints);
  }

  /**
   * A deployed function's access: the public endpoints, and the credentials Lambda puts in the
   * environment (read directly: the default chain would try other places first).
   */
  public static AwsAccess lambda(String region) {
    return new AwsAccess(region, EnvironmentVariableCredentialsProvider.create(), Map.of());
  }

  /** The connection for one service: the region's endpoint unless a local one is given. */
  public AwsConnection connection(String service) {
    AwsConnection connection = AwsConnection.of(region);
    URI endpoint = endpoints.get(service);
    return endpoint == null ? connection : connection.withEndpoint(endpoint);
  }
}
