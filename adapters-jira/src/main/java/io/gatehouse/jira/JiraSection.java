package io.gatehouse.jira;

import io.gatehouse.core.config.ConfigSection;
import io.gatehouse.core.secret.SecretRef;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the {@code jira} section of a configuration document (docs/configuration.md) into settings.
 * Every runtime reads it with this one reader; each says for itself where the API token is kept,
 * and which further keys it allows.
 */
public final class JiraSection {
  /** The keys read here. */
  public static final List<String> KEYS =
      List.of(
          "baseUrl",
          "serviceDeskId",
          "email",
          "resolveTransition",
          "resolveStatus",
          "resolution",
          "hiddenFields");

  /** The transition Jira Service Management's own workflows resolve requests with. */
  public static final String DEFAULT_TRANSITION = "Resolve this issue";

  private static final Pattern PAGE =
      Pattern.compile("(?i).*/(servicedesk|browse|rest|jira/servicedesk|projects|plugins)(/.*)?");

  private JiraSection() {}

  /**
   * Whether the URL names a portal page, an issue, a project or the REST API rather than the site;
   * a Data Center site's own context path, such as {@code /jira}, is fine.
   */
  private static boolean isPageAddress(URI url) {
    return url.getPath() != null && PAGE.matcher(url.getPath()).matches();
  }

  /**
   * The settings, or empty after noting each problem with its key.
   *
   * @param jira the section
   * @param apiToken where the agent account's API token is kept; empty when the runtime has already
   *     noted why there is none
   */
  public static Optional<JiraSettings> read(ConfigSection jira, Optional<SecretRef> apiToken) {
    int before = jira.problemCount();
    Optional<URI> url = jira.url("baseUrl", true);
    url.filter(JiraSection::isPageAddress)
        .ifPresent(
            page ->
                jira.problem(
                    "baseUrl",
                    "is the address of a page or of the API; give the site URL, such as"
                        + " https://acme.atlassian.net"));
    Optional<String> desk = jira.text("serviceDeskId", true);
    desk.filter(id -> !id.matches("[1-9][0-9]{0,9}"))
        .ifPresent(id -> jira.problem("serviceDeskId", "must be the numeric desk id, such as 3"));
    Optional<String> email = jira.text("email", true);
    email
        .filter(value -> !value.matches("[^@\\s]+@[^@\\s]+"))
        .ifPresent(value -> jira.problem("email", "must be the agent account's e-mail"));
    if (jira.names().contains("resolveTransition") && !jira.has("resolveTransition")) {
      jira.problem("resolveTransition", "must name a transition, or be left out");
    }
    String transition = jira.text("resolveTransition", DEFAULT_TRANSITION);
    Optional<String> status = jira.text("resolveStatus", false);
    Optional<String> resolution = jira.text("resolution", false);
    List<String> hidden = jira.texts("hiddenFields");
    for (int i = 0; i < hidden.size(); i++) {
      if (!JiraSettings.isFieldId(hidden.get(i))) {
        jira.problem(
            "hiddenFields[" + i + "]",
            "'" + hidden.get(i) + "' is not a field id such as customfield_10055");
      }
    }
    if (jira.problemCount() > before || apiToken.isEmpty()) {
      return Optional.empty();
    }
    try {
      JiraSettings settings =
          JiraSettings.of(url.get(), desk.get(), email.get(), apiToken.get(), transition)
              .withHiddenFields(hidden);
      settings = status.map(settings::withResolveStatus).orElse(settings);
      return Optional.of(resolution.map(settings::withResolution).orElse(settings));
    } catch (IllegalArgumentException e) {
      jira.problemWithSection(e.getMessage());
      return Optional.empty();
    }
  }
}
