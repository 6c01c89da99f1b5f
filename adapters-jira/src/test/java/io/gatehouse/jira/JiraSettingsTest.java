package io.gatehouse.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.secret.SecretRef;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JiraSettingsTest {
  private static final SecretRef TOKEN = SecretRef.parse("env:JIRA_API_TOKEN");

  @Test
  void settings_reportEveryProblemTogether_withItsKey() {
    assertThatThrownBy(
            () ->
                new JiraSettings(
                    URI.create("http://acme.atlassian.net"),
                    "ITS",
                    "not-an-email",
                    null,
                    " ",
                    Duration.ZERO,
                    Duration.ofSeconds(1),
                    null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jira.siteUrl must use https")
        .hasMessageContaining("jira.serviceDeskId")
        .hasMessageContaining("jira.agentEmail")
        .hasMessageContaining("jira.apiToken")
        .hasMessageContaining("jira.resolveTransition")
        .hasMessageContaining("jira.connectTimeout")
        .hasMessageContaining("jira.callTimeout")
        .message()
        .doesNotContain("jira.readTimeout");
  }

  @Test
  void settings_allowPlainHttp_onlyForALoopbackHost_andDropATrailingSlash() {
    JiraSettings local =
        JiraSettings.of(
            URI.create("http://127.0.0.1:8080/"), "3", "a@example.com", TOKEN, "Resolve");

    assertThat(local.siteUrl()).isEqualTo(URI.create("http://127.0.0.1:8080"));
  }

  @Test
  void settings_resolveByTargetStatusAlone_andTrimTheOptionalValues() {
    JiraSettings settings =
        new JiraSettings(
            URI.create("https://acme.atlassian.net"),
            "3",
            "a@example.com",
            TOKEN,
            " ",
            Duration.ofSeconds(5),
            Duration.ofSeconds(20),
            Duration.ofSeconds(30),
            Optional.of("  Resolved "),
            Optional.of(" "),
            List.of("customfield_10055", "labels"));

    assertThat(settings.resolveTransitionName()).isEmpty();
    assertThat(settings.resolveStatus()).contains("Resolved");
    assertThat(settings.resolution()).isEmpty();
    assertThat(settings.hiddenFields()).containsExactly("customfield_10055", "labels");
  }

  @Test
  void settings_refuseNoWayToResolve_andHiddenFieldsGivenByLabel() {
    JiraSettings base =
        JiraSettings.of(
            URI.create("https://acme.atlassian.net"), "3", "a@example.com", TOKEN, "Resolve");

    assertThatThrownBy(
            () ->
                JiraSettings.of(
                    URI.create("https://acme.atlassian.net"), "3", "a@example.com", TOKEN, ""))
        .hasMessageContaining("jira.resolveTransition")
        .hasMessageContaining("jira.resolveStatus");
    assertThatThrownBy(() -> base.withHiddenFields(List.of("Preset group")))
        .hasMessageContaining("jira.hiddenFields")
        .hasMessageContaining("'Preset group'");
  }
}
