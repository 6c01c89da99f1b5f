package io.gatehouse.lambda.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.gatehouse.aws.AwsClients;
import java.util.Objects;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The AWS SDK clients runtime-lambda itself uses, built like the adapters' clients through {@link
 * AwsClients} for a short cold start: the region and the credentials provider are given (no lookup
 * chain), and HTTP goes through the JDK's URL connection rather than Apache or Netty.
 */
public final class AwsClientsModule extends AbstractModule {
  private final AwsAccess access;

  public AwsClientsModule(AwsAccess access) {
    this.access = Objects.requireNonNull(access, "access");
  }

  @Provides
  @Singleton
  LambdaClient lambda() {
    return AwsClients.build(
        LambdaClient.builder(), access.connection("lambda"), access.credentials());
  }
}
