package io.gatehouse.aws.secrets;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.gatehouse.aws.AwsClients;
import io.gatehouse.core.port.SecretStore;
import java.time.Clock;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Binds {@link SecretStore} to AWS Secrets Manager, as a singleton whose cache lives as long as the
 * injector (a warm Lambda container keeps it between invocations).
 */
public final class SecretsManagerModule extends AbstractModule {
  private final SecretsManagerSettings settings;
  private final AwsCredentialsProvider credentials;

  /** Credentials from the SDK's default chain (the function's or task's role). */
  public SecretsManagerModule(SecretsManagerSettings settings) {
    this(settings, AwsClients.defaultCredentials());
  }

  public SecretsManagerModule(SecretsManagerSettings settings, AwsCredentialsProvider credentials) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  @Provides
  @Singleton
  SecretStore secretStore() {
    SecretsManagerClient client =
        AwsClients.build(SecretsManagerClient.builder(), settings.connection(), credentials);
    return new SecretsManagerSecretStore(client, settings.cacheTtl(), Clock.systemUTC());
  }
}
