package io.gatehouse.aws.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import io.gatehouse.core.port.Alert;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.secret.SecretRef;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlackModuleTest {
  private static final SecretRef WEBHOOK = SecretRef.parse("aws:gatehouse/prod#slackWebhookUrl");

  @Test
  void module_bindsANotifier_postingToTheWebhookFromTheSecretStore() throws Exception {
    try (FakeWebhook slack = new FakeWebhook()) {
      MapSecretStore secrets = new MapSecretStore();
      secrets.put(WEBHOOK, slack.url("/services/T1/B1/X"));

      Notifier notifier =
          Guice.createInjector(
                  new SlackModule(SlackSettings.of(WEBHOOK)),
                  new AbstractModule() {
                    @Override
                    protected void configure() {
                      bind(SecretStore.class).toInstance(secrets);
                    }
                  })
              .getInstance(Notifier.class);
      notifier.alert(new Alert("Jira credential invalid", "", null, "run-1"));

      assertThat(slack.posts())
          .singleElement()
          .extracting(FakeWebhook.Post::path)
          .isEqualTo("/services/T1/B1/X");
    }
  }

  @Test
  void settings_reportEveryProblem_withItsKey() {
    assertThatThrownBy(
            () -> new SlackSettings(null, 10, Duration.ZERO, null, 0, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("slack.webhookUrl")
        .hasMessageContaining("slack.maxTextLength")
        .hasMessageContaining("slack.connectTimeout")
        .hasMessageContaining("slack.requestTimeout")
        .hasMessageContaining("slack.maxAttempts")
        .hasMessageContaining("slack.maxRetryAfter");
  }
}
