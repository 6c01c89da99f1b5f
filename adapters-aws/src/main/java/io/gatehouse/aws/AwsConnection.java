package io.gatehouse.aws;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the AWS clients of one adapter connect. Shared by every AWS adapter's settings.
 *
 * @param region the AWS region, such as {@code eu-west-1}; always explicit, never looked up
 * @param endpoint where to send calls instead of the region's public endpoint, such as a VPC
 *     endpoint or a local test server; {@code null} for the public endpoint. Plain {@code http}
 *     only for a loopback host, so credentials never cross a network in clear text
 * @param connectTimeout how long to wait for a connection
 * @param callTimeout how long one call may take in all, the SDK's own retries included
 */
public record AwsConnection(
    String region, URI endpoint, Duration connectTimeout, Duration callTimeout) {
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

  /**
   * Adds every problem with these values to {@code problems}, each prefixed with {@code prefix},
   * the configuration key of the adapter, such as {@code aws.secretsManager}.
   */
  public void check(String prefix, List<String> problems) {
    if (region == null || !region.matches("[a-z]{2}(-[a-z]+)+-[0-9]")) {
      problems.add(prefix + ".region must be an AWS region such as eu-west-1");
    }
    if (endpoint != null) {
      boolean https = "https".equals(endpoint.getScheme());
      boolean localHttp =
          "http".equals(endpoint.getScheme()) && LOOPBACK.contains(endpoint.getHost());
      if (!endpoint.isAbsolute() || endpoint.getHost() == null || !(https || localHttp)) {
        problems.add(
            prefix + ".endpoint must be an https URL (plain http only for a loopback host)");
      }
    }
    checkPositive(prefix + ".connectTimeout", connectTimeout, problems);
    checkPositive(prefix + ".callTimeout", callTimeout, problems);
  }

  /** The public endpoint of a region, with 5 s to connect and 20 s per call. */
  public static AwsConnection of(String region) {
    return new AwsConnection(region, null, Duration.ofSeconds(5), Duration.ofSeconds(20));
  }

  /** The same connection sent to another endpoint, such as a local test server. */
  public AwsConnection withEndpoint(URI endpoint) {
    return new AwsConnection(region, endpoint, connectTimeout, callTimeout);
  }

  public Optional<URI> endpointOverride() {
    return Optional.ofNullable(endpoint);
  }

  private static void checkPositive(String key, Duration value, List<String> problems) {
    if (value == null || value.isNegative() || value.isZero()) {
      problems.add(key + " must be a positive duration");
    }
  }
}
