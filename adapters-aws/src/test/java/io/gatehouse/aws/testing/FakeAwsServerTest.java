package io.gatehouse.aws.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.aws.AwsClients;
import io.gatehouse.aws.AwsConnection;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.SnsException;

/** The signature check the other tests rely on can fail, and fails for each kind of fault. */
class FakeAwsServerTest {
  private static final String OK =
      "<PublishResponse><PublishResult><MessageId>m-1</MessageId></PublishResult>"
          + "<ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></PublishResponse>";

  private final FakeAwsServer server =
      FakeAwsServer.start("sns", request -> CannedResponse.xml(200, OK));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void check_accepts_aRequestSignedWithTheTestCredentials() {
    publish(client(SigV4Check.REGION, SigV4Check.SECRET_KEY));

    assertThat(server.signatureProblems()).isEmpty();
  }

  @Test
  void check_refuses_aSignatureMadeWithAnotherSecretKey() {
    assertThatThrownBy(() -> publish(client(SigV4Check.REGION, "another-secret-key")))
        .isInstanceOf(SnsException.class);

    assertThat(server.signatureProblems())
        .first()
        .asString()
        .isEqualTo("signature does not match the request as received");
  }

  @Test
  void check_refuses_aCredentialScopeForAnotherRegion() {
    assertThatThrownBy(() -> publish(client("us-east-1", SigV4Check.SECRET_KEY)))
        .isInstanceOf(SnsException.class);

    assertThat(server.signatureProblems()).first().asString().contains("us-east-1/sns");
  }

  @Test
  void check_refuses_aRequestSignedForAnotherService() {
    try (FakeAwsServer ecs = FakeAwsServer.start("ecs", request -> CannedResponse.xml(200, OK))) {
      SnsClient client =
          AwsClients.build(
              SnsClient.builder(),
              new AwsConnection(
                  SigV4Check.REGION, ecs.endpoint(), Duration.ofSeconds(2), Duration.ofSeconds(5)),
              TestAws.credentials());

      assertThatThrownBy(() -> publish(client)).isInstanceOf(SnsException.class);

      assertThat(ecs.signatureProblems()).first().asString().contains("expected eu-west-1/ecs");
    }
  }

  private SnsClient client(String region, String secretKey) {
    return AwsClients.build(
        SnsClient.builder(),
        new AwsConnection(region, server.endpoint(), Duration.ofSeconds(2), Duration.ofSeconds(5)),
        StaticCredentialsProvider.create(
            AwsBasicCredentials.create(SigV4Check.ACCESS_KEY, secretKey)));
  }

  private static void publish(SnsClient client) {
    client.publish(p -> p.topicArn("arn:aws:sns:eu-west-1:123456789012:t").message("m"));
  }
}
