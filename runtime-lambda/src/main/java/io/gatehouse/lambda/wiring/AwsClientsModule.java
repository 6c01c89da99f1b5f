package io.gatehouse.lambda.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The AWS SDK clients runtime-lambda itself uses, built for a short cold start: the region and the
 * credentials provider are given (no lookup chain), and HTTP goes through the JDK's URL connection
 * rather than Apache or Netty.
 */
public final class AwsClientsModule extends AbstractModule {
  private final String region;

  public AwsClientsModule(String region) {
    this.region = Objects.requireNonNull(region, "region");
  }

  @Provides
  @Singleton
  LambdaClient lambda() {
    return LambdaClient.builder()
        .region(Region.of(region))
        .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
