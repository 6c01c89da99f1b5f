package io.gatehouse.aws.testing;

import io.gatehouse.aws.AwsConnection;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Static test credentials and a connection to a local endpoint: nothing reaches AWS. */
public final class TestAws {
  private TestAws() {}

  public static AwsCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(
        AwsBasicCredentials.create(SigV4Check.ACCESS_KEY, SigV4Check.SECRET_KEY));
  }

  public static AwsConnection connection(URI endpoint) {
    return new AwsConnection(
        SigV4Check.REGION, endpoint, Duration.ofSeconds(2), Duration.ofSeconds(10));
  }
}
