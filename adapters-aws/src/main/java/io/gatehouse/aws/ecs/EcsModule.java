package io.gatehouse.aws.ecs;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.gatehouse.aws.AwsClients;
import io.gatehouse.core.port.TaskRunner;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.ecs.EcsClient;

/** Binds {@link TaskRunner} to ECS RunTask on Fargate, as a singleton. */
public final class EcsModule extends AbstractModule {
  private final EcsSettings settings;
  private final AwsCredentialsProvider credentials;

  /** Credentials from the SDK's default chain (the function's or task's role). */
  public EcsModule(EcsSettings settings) {
    this(settings, AwsClients.defaultCredentials());
  }

  public EcsModule(EcsSettings settings, AwsCredentialsProvider credentials) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  @Provides
  @Singleton
  TaskRunner runner() {
    EcsClient client = AwsClients.build(EcsClient.builder(), settings.connection(), credentials);
    return new EcsTaskRunner(client, settings);
  }
}
