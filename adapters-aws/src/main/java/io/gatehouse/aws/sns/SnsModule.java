package io.gatehouse.aws.sns;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.gatehouse.aws.AwsClients;
import io.gatehouse.core.port.Notifier;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Binds {@link Notifier} to an SNS topic, as a singleton. To alert in Slack as well, bind the
 * notifiers of {@link SnsNotifiers#create} and the Slack module's factory into one composite
 * instead of installing two modules.
 */
public final class SnsModule extends AbstractModule {
  private final SnsSettings settings;
  private final AwsCredentialsProvider credentials;

  /** Credentials from the SDK's default chain (the function's or task's role). */
  public SnsModule(SnsSettings settings) {
    this(settings, AwsClients.defaultCredentials());
  }

  public SnsModule(SnsSettings settings, AwsCredentialsProvider credentials) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  @Provides
  @Singleton
  Notifier notifier() {
    return SnsNotifiers.create(settings, credentials);
  }
}
