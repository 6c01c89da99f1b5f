package io.gatehouse.aws.sns;

import io.gatehouse.aws.AwsClients;
import io.gatehouse.aws.internal.DeliveryFailures;
import io.gatehouse.core.port.Notifier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sns.SnsClient;

/** Builds the SNS notifier outside Guice, for runtimes that combine several notifiers. */
public final class SnsNotifiers {
  private SnsNotifiers() {}

  /** A notifier with credentials from the SDK's default chain (the function's or task's role). */
  public static Notifier create(SnsSettings settings) {
    return create(settings, AwsClients.defaultCredentials());
  }

  /** A notifier publishing to the settings' topic; its failures are logged at WARN. */
  public static Notifier create(SnsSettings settings, AwsCredentialsProvider credentials) {
    SnsClient client = AwsClients.build(SnsClient.builder(), settings.connection(), credentials);
    return new SnsNotifier(client, settings.topicArn(), DeliveryFailures.log(SnsNotifier.class));
  }
}
