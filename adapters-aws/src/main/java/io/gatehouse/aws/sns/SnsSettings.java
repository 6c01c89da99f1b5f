package io.gatehouse.aws.sns;

import io.gatehouse.aws.AwsConnection;
import java.util.ArrayList;
import java.util.List;

/**
 * Where alerts are published in SNS. Validated whole on construction: every problem is reported
 * together in one {@link IllegalArgumentException}, each naming its configuration key.
 *
 * @param connection the region and, for tests or VPC endpoints, the endpoint
 * @param topicArn the standard (not FIFO) topic's ARN
 */
public record SnsSettings(AwsConnection connection, String topicArn) {
  private static final String PREFIX = "aws.sns";

  public SnsSettings {
    List<String> problems = new ArrayList<>();
    if (connection == null) {
      problems.add(PREFIX + ".region must be set");
    } else {
      connection.check(PREFIX, problems);
    }
    if (topicArn == null || !topicArn.matches("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[\\w-]+")) {
      problems.add(
          PREFIX
              + ".topicArn must be a standard topic's ARN, such as"
              + " arn:aws:sns:eu-west-1:123456789012:gatehouse-alerts");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "SNS settings are not valid: " + String.join("; ", problems));
    }
  }
}
