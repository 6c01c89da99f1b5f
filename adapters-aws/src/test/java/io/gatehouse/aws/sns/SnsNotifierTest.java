package io.gatehouse.aws.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.gatehouse.aws.AwsClients;
import io.gatehouse.aws.testing.CannedResponse;
import io.gatehouse.aws.testing.FakeAwsServer;
import io.gatehouse.aws.testing.FormBody;
import io.gatehouse.aws.testing.RecordingFailures;
import io.gatehouse.aws.testing.TestAws;
import io.gatehouse.core.port.Alert;
import io.gatehouse.core.request.RequestKey;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.SnsClient;

class SnsNotifierTest {
  private static final String TOPIC = "arn:aws:sns:eu-west-1:123456789012:gatehouse-alerts";
  private static final String PUBLISHED =
      "<PublishResponse xmlns=\"https://sns.amazonaws.com/doc/2010-03-31/\">"
          + "<PublishResult><MessageId>567910cd-659e-55d4-8ccb-5aaf14679dc0</MessageId>"
          + "</PublishResult><ResponseMetadata><RequestId>d74b8436-ae13-5ab4-a9ff-ce54dfea72a0"
          + "</RequestId></ResponseMetadata></PublishResponse>";
  private static final String NOT_FOUND =
      "<ErrorResponse xmlns=\"https://sns.amazonaws.com/doc/2010-03-31/\"><Error>"
          + "<Type>Sender</Type><Code>NotFound</Code><Message>Topic does not exist</Message>"
          + "</Error><RequestId>9dd01905-5012-5f99-8663-4b3ecd0dfaef</RequestId></ErrorResponse>";
  private static final Alert ALERT =
      new Alert(
          "Okta refused to create zoë.ünal for ITS-42",
          "Okta 400 E0000001 login: An object with this field already exists\n"
              + "Authorization: SSWS 00abcDEFghiJKLmnoPQRstuVWXyz0123456789abcd",
          RequestKey.of("ITS-42"),
          "run-7f3a");

  private final FakeAwsServer server =
      FakeAwsServer.start("sns", request -> CannedResponse.xml(200, PUBLISHED));
  private final RecordingFailures failures = new RecordingFailures();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void alert_publishesToTheTopic_withSubjectMessageAndAttributes() {
    notifier(server.endpoint()).alert(ALERT);

    assertThat(server.signatureProblems()).isEmpty();
    assertThat(server.requests()).hasSize(1);
    Map<String, String> form = FormBody.parse(server.requests().get(0).bodyText());
    assertThat(form)
        .containsEntry("Action", "Publish")
        .containsEntry("Version", "2010-03-31")
        .containsEntry("TopicArn", TOPIC)
        .containsEntry("Subject", "Gatehouse: Okta refused to create zo?.?nal for ITS-42");
    assertThat(form.get("Message"))
        .startsWith("Okta refused to create zoë.ünal for ITS-42\nRequest: ITS-42\n")
        .contains("Correlation id: run-7f3a")
        .contains("E0000001")
        .contains("SSWS [redacted]")
        .doesNotContain("00abcDEF");
    assertThat(form.values()).contains("requestKey", "ITS-42", "correlationId", "run-7f3a");
    assertThat(failures.reports()).isEmpty();
  }

  @Test
  void subject_isOneAsciiLine_shorterThan100Characters() {
    Alert longTitle = new Alert("Grüße\n" + "x".repeat(200), "", null, "run-1");

    String subject = SnsNotifier.subject(longTitle);

    assertThat(subject).hasSize(SnsNotifier.MAX_SUBJECT).endsWith("...").matches("[\\x20-\\x7E]+");
  }

  @Test
  void alert_reportsARefusal_withTheErrorCode_andDoesNotThrow() {
    server.respondWith(request -> CannedResponse.xml(404, NOT_FOUND));

    assertThatCode(() -> notifier(server.endpoint()).alert(ALERT)).doesNotThrowAnyException();

    assertThat(failures.reports())
        .singleElement()
        .asString()
        .contains("NotFound")
        .contains("HTTP 404")
        .contains("Okta refused to create");
  }

  @Test
  void alert_reportsAnUnreachableEndpoint_andDoesNotThrow() {
    URI closed = server.endpoint();
    server.close();

    assertThatCode(() -> notifier(closed).alert(ALERT)).doesNotThrowAnyException();

    assertThat(failures.reports()).singleElement().asString().contains("could not be reached");
  }

  private SnsNotifier notifier(URI endpoint) {
    SnsClient client =
        AwsClients.build(SnsClient.builder(), TestAws.connection(endpoint), TestAws.credentials());
    return new SnsNotifier(client, TOPIC, failures);
  }
}
