package io.gatehouse.lambda.config;

import io.gatehouse.core.secret.SecretRef;

/**
 * The fields of the one Secrets Manager secret the functions read, and the references the adapters
 * are given for them: {@code aws:SECRET_ID#FIELD}.
 */
public final class SecretFields {
  /** The Jira agent account's API token. */
  public static final String JIRA_API_TOKEN = "jiraApiToken";

  /** The Okta service app's PEM private key, when {@code okta.oauth} is configured. */
  public static final String OKTA_PRIVATE_KEY = "oktaPrivateKey";

  /** An Okta API token, when {@code okta.oauth} is not configured. */
  public static final String OKTA_API_TOKEN = "oktaApiToken";

  /** The Slack incoming-webhook URL alerts are posted to. */
  public static final String SLACK_WEBHOOK_URL = "slackWebhookUrl";

  /** The scheme of references that name a field of a Secrets Manager secret. */
  public static final String SCHEME = "aws";

  private SecretFields() {}

  /** The reference to one field of the secret. */
  public static SecretRef ref(String secretId, String field) {
    return new SecretRef(SCHEME, secretId + "#" + field);
  }
}
