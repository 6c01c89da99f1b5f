package io.gatehouse.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Builds every AWS SDK client of Gatehouse the same way, the adapters' and the runtimes' own: the
 * region given (never looked up), the JDK's URL connection as HTTP client (chosen here, so the SDK
 * never scans the class path for one), the connection's timeouts, and its endpoint when one is set.
 */
public final class AwsClients {
  private AwsClients() {}

  /**
   * The SDK's default credential chain: environment variables in Lambda, the container endpoint in
   * ECS. Resolved lazily, on the first call.
   */
  public static AwsCredentialsProvider defaultCredentials() {
    return DefaultCredentialsProvider.builder().build();
  }

  /** Configures the builder with the connection and credentials and builds the client. */
  public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(
      B builder, AwsConnection connection, AwsCredentialsProvider credentials) {
    builder
        .region(Region.of(connection.region()))
        .credentialsProvider(credentials)
        .httpClientBuilder(
            UrlConnectionHttpClient.builder()
                .connectionTimeout(connection.connectTimeout())
                .socketTimeout(connection.callTimeout()))
        .overrideConfiguration(override -> override.apiCallTimeout(connection.callTimeout()));
    connection.endpointOverride().ifPresent(builder::endpointOverride);
    return builder.build();
  }
}
