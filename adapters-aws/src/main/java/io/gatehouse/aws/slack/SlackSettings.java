package io.gatehouse.aws.slack;

import io.gatehouse.core.secret.SecretRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How to post alerts to a Slack incoming webhook. Validated whole on construction: every problem is
 * reported together in one {@link IllegalArgumentException}, each naming its configuration key.
 *
 * @param webhookUrl where the webhook URL is kept: the URL is itself a credential
 * @param maxTextLength the longest message text posted; longer text is cut with a marker
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long one post may take
 * @param maxAttempts how many posts one alert may take in all, when Slack answers 429 or 5xx
 * @param maxRetryAfter the longest wait honoured from a {@code Retry-After} header; a longer one
 *     gives up instead, so that an alert never holds up a run for long
 */
public record SlackSettings(
    SecretRef webhookUrl,
    int maxTextLength,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxAttempts,
    Duration maxRetryAfter) {
  private static final String PREFIX = "slack";

  public SlackSettings {
    List<String> problems = new ArrayList<>();
    if (webhookUrl == null) {
      problems.add(
          PREFIX
              + ".webhookUrl must name where the webhook URL is kept, such as"
              + " aws:gatehouse/prod#slackWebhookUrl");
    }
    if (maxTextLength < 100 || maxTextLength > 40_000) {
      problems.add(PREFIX + ".maxTextLength must be between 100 and 40000");
    }
    checkPositive(PREFIX + ".connectTimeout", connectTimeout, problems);
    checkPositive(PREFIX + ".requestTimeout", requestTimeout, problems);
    if (maxAttempts < 1 || maxAttempts > 10) {
      problems.add(PREFIX + ".maxAttempts must be between 1 and 10");
    }
    if (maxRetryAfter == null || maxRetryAfter.isNegative()) {
      problems.add(PREFIX + ".maxRetryAfter must be zero or a positive duration");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Slack settings are not valid: " + String.join("; ", problems));
    }
  }

  /** Text up to 3000 characters, 5 s to connect, 10 s per post, 3 attempts, waits of up to 30 s. */
  public static SlackSettings of(SecretRef webhookUrl) {
    return new SlackSettings(
        webhookUrl, 3000, Duration.ofSeconds(5), Duration.ofSeconds(10), 3, Duration.ofSeconds(30));
  }

  private static void checkPositive(String key, Duration value, List<String> problems) {
    if (value == null || value.isNegative() || value.isZero()) {
      problems.add(key + " must be a positive duration");
    }
  }
}
