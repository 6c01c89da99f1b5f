package io.gatehouse.aws.secrets;

import io.gatehouse.aws.AwsClients;
import io.gatehouse.aws.testing.TestAws;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** A store on the fake Secrets Manager, built as the module builds it. */
final class StoreFixture {
  static final Duration TTL = Duration.ofMinutes(15);

  private StoreFixture() {}

  static SecretsManagerSecretStore store(FakeSecretsManager fake, Clock clock) {
    SecretsManagerClient client =
        AwsClients.build(
            SecretsManagerClient.builder(),
            TestAws.connection(fake.server().endpoint()),
            TestAws.credentials());
    return new SecretsManagerSecretStore(client, TTL, clock);
  }
}
