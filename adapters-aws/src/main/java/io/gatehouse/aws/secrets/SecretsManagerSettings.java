package io.gatehouse.aws.secrets;

import io.gatehouse.aws.AwsConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How to read secrets from AWS Secrets Manager. Validated whole on construction: every problem is
 * reported together in one {@link IllegalArgumentException}, each naming its configuration key.
 *
 * @param connection the region and, for tests or VPC endpoints, the endpoint
 * @param cacheTtl how long a fetched secret is used before it is fetched again; a credential that a
 *     remote service rejects is fetched again at once, whatever is left of this
 */
public record SecretsManagerSettings(AwsConnection connection, Duration cacheTtl) {
  private static final String PREFIX = "aws.secretsManager";

  public SecretsManagerSettings {
    List<String> problems = new ArrayList<>();
    if (connection == null) {
      problems.add(PREFIX + ".region must be set");
    } else {
      connection.check(PREFIX, problems);
    }
    if (cacheTtl == null || cacheTtl.isNegative() || cacheTtl.isZero()) {
      problems.add(PREFIX + ".cacheTtl must be a positive duration");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Secrets Manager settings are not valid: " + String.join("; ", problems));
    }
  }

  /** The region's public endpoint, secrets cached for 15 minutes. */
  public static SecretsManagerSettings of(String region) {
    return new SecretsManagerSettings(AwsConnection.of(region), Duration.ofMinutes(15));
  }
}
