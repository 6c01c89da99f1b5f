package io.gatehouse.aws.sns;

import io.gatehouse.aws.internal.AlertText;
import io.gatehouse.aws.internal.DeliveryFailures;
import io.gatehouse.aws.internal.Redaction;
import io.gatehouse.core.port.Alert;
import io.gatehouse.core.port.Notifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Publishes alerts to an SNS topic: the subject is the title (ASCII, one line, under 100
 * characters, as SNS requires), the message the full scrubbed text, and the request key and
 * correlation id travel as message attributes for subscription filters. Never throws: a publish
 * that fails is reported to {@link DeliveryFailures} with the alert it carried.
 */
final class SnsNotifier implements Notifier {
  static final int MAX_SUBJECT = 99;
  static final int MAX_MESSAGE = 100_000;

  private final SnsClient client;
  private final String topicArn;
  private final DeliveryFailures failures;

  SnsNotifier(SnsClient client, String topicArn, DeliveryFailures failures) {
    this.client = Objects.requireNonNull(client, "client");
    this.topicArn = Objects.requireNonNull(topicArn, "topicArn");
    this.failures = Objects.requireNonNull(failures, "failures");
  }

  @Override
  public void alert(Alert alert) {
    try {
      String subject = subject(alert);
      String message = Redaction.truncate(AlertText.render(alert), MAX_MESSAGE);
      Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
      attributes.put("correlationId", text(alert.correlationId()));
      alert.request().ifPresent(key -> attributes.put("requestKey", text(key.value())));

      client.publish(
          publish ->
              publish
                  .topicArn(topicArn)
                  .subject(subject)
                  .message(message)
                  .messageAttributes(attributes));
    } catch (AwsServiceException e) {
      failures.notDelivered(
          "SNS",
          alert,
          "SNS refused Publish with "
              + e.awsErrorDetails().errorCode()
              + " (HTTP "
              + e.statusCode()
              + "); check the topic ARN and the role's sns:Publish permission");
    } catch (RuntimeException e) {
      failures.notDelivered(
          "SNS", alert, "SNS could not be reached (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** SNS subjects must be printable ASCII on one line and shorter than 100 characters. */
  static String subject(Alert alert) {
    String ascii =
        Redaction.scrub("Gatehouse: " + alert.title())
            .replaceAll("[\\r\\n\\t]+", " ")
            .replaceAll("[^\\x20-\\x7E]", "?")
            .strip();
    return ascii.length() <= MAX_SUBJECT ? ascii : ascii.substring(0, MAX_SUBJECT - 3) + "...";
  }

  private static MessageAttributeValue text(String value) {
    return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
  }
}
