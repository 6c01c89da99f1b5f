package io.gatehouse.jira;

import io.gatehouse.core.secret.SecretRef;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How to reach one Jira Service Management desk. Validated whole on construction: every problem is
 * reported together in one {@link IllegalArgumentException}, each naming its configuration key.
 *
 * @param siteUrl the site, such as {@code https://acme.atlassian.net}; plain {@code http} only for
 *     a loopback host, so credentials never cross a network in clear text
 * @param serviceDeskId the numeric id of the desk whose requests Gatehouse handles
 * @param agentEmail the e-mail of the agent account Gatehouse calls as
 * @param apiToken where that account's API token is kept
 * @param resolveTransitionName the name of the workflow transition that resolves a request, matched
 *     trimmed and case-insensitively against the request's live transitions; blank when {@code
 *     resolveStatus} alone chooses
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait between bytes of a response
 * @param callTimeout how long one HTTP call may take in all, retries on 429 and 503 aside
 * @param resolveStatus the status a resolving transition leads to, matched the same way against
 *     each live transition's target status when no transition has the configured name
 * @param resolution the resolution (such as {@code Done}) to set when the chosen transition's
 *     screen requires the {@code resolution} field; without it such a transition is refused
 * @param hiddenFields field ids (such as {@code customfield_10055}) read through the platform issue
 *     API when a request does not list them, as JSM leaves hidden request-type fields out
 */
public record JiraSettings(
    URI siteUrl,
    String serviceDeskId,
    String agentEmail,
    SecretRef apiToken,
    String resolveTransitionName,
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    Optional<String> resolveStatus,
    Optional<String> resolution,
    List<String> hiddenFields) {

  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
  private static final String FIELD_ID = "customfield_[0-9]{1,18}|[a-z][A-Za-z0-9]{0,63}";

  public JiraSettings {
    List<String> problems = new ArrayList<>();
    siteUrl = checkSite(siteUrl, problems);
    if (serviceDeskId == null || !serviceDeskId.matches("[1-9][0-9]{0,9}")) {
      problems.add("jira.serviceDeskId must be the desk's numeric id, such as 3");
    }
    if (agentEmail == null || !agentEmail.matches("[^@\\s]+@[^@\\s]+")) {
      problems.add("jira.agentEmail must be the agent account's e-mail address");
    }
    if (apiToken == null) {
      problems.add(
          "jira.apiToken must name where the API token is kept, such as env:JIRA_API_TOKEN");
    }
    resolveStatus = trimmed(resolveStatus);
    resolution = trimmed(resolution);
    resolveTransitionName = resolveTransitionName == null ? "" : resolveTransitionName.trim();
    if (resolveTransitionName.isEmpty() && resolveStatus.isEmpty()) {
      problems.add(
          "jira.resolveTransition (a transition name) or jira.resolveStatus (the status it leads"
              + " to) must say how a request is resolved");
    }
    hiddenFields = hiddenFields == null ? List.of() : List.copyOf(hiddenFields);
    for (String fieldId : hiddenFields) {
      if (!isFieldId(fieldId)) {
        problems.add(
            "jira.hiddenFields must hold field ids such as customfield_10055, not '"
                + fieldId
                + "'");
      }
    }
    checkPositive("jira.connectTimeout", connectTimeout, problems);
    checkPositive("jira.readTimeout", readTimeout, problems);
    checkPositive("jira.callTimeout", callTimeout, problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Jira settings are not valid: " + String.join("; ", problems));
    }
  }

  /** Settings that resolve by transition name only and read no hidden fields. */
  public JiraSettings(
      URI siteUrl,
      String serviceDeskId,
      String agentEmail,
      SecretRef apiToken,
      String resolveTransitionName,
      Duration connectTimeout,
      Duration readTimeout,
      Duration callTimeout) {
    this(
        siteUrl,
        serviceDeskId,
        agentEmail,
        apiToken,
        resolveTransitionName,
        connectTimeout,
        readTimeout,
        callTimeout,
        Optional.empty(),
        Optional.empty(),
        List.of());
  }

  /** Settings with timeouts of 5 s to connect, 20 s to read and 30 s per call. */
  public static JiraSettings of(
      URI siteUrl,
      String serviceDeskId,
      String agentEmail,
      SecretRef apiToken,
      String resolveTransitionName) {
    return new JiraSettings(
        siteUrl,
        serviceDeskId,
        agentEmail,
        apiToken,
        resolveTransitionName,
        Duration.ofSeconds(5),
        Duration.ofSeconds(20),
        Duration.ofSeconds(30));
  }

  /** The same settings, also resolving by a transition that leads to this status. */
  public JiraSettings withResolveStatus(String status) {
    return new JiraSettings(
        siteUrl,
        serviceDeskId,
        agentEmail,
        apiToken,
        resolveTransitionName,
        connectTimeout,
        readTimeout,
        callTimeout,
        Optional.ofNullable(status),
        resolution,
        hiddenFields);
  }

  /** The same settings, setting this resolution when a transition's screen requires one. */
  public JiraSettings withResolution(String resolutionName) {
    return new JiraSettings(
        siteUrl,
        serviceDeskId,
        agentEmail,
        apiToken,
        resolveTransitionName,
        connectTimeout,
        readTimeout,
        callTimeout,
        resolveStatus,
        Optional.ofNullable(resolutionName),
        hiddenFields);
  }

  /** The same settings, reading these fields through the platform when a request lacks them. */
  public JiraSettings withHiddenFields(List<String> fieldIds) {
    return new JiraSettings(
        siteUrl,
        serviceDeskId,
        agentEmail,
        apiToken,
        resolveTransitionName,
        connectTimeout,
        readTimeout,
        callTimeout,
        resolveStatus,
        resolution,
        fieldIds);
  }

  /** Whether the text is a field id, such as {@code customfield_10055} or {@code duedate}. */
  public static boolean isFieldId(String text) {
    return text.matches(FIELD_ID);
  }

  private static Optional<String> trimmed(Optional<String> value) {
    return value == null ? Optional.empty() : value.map(String::trim).filter(v -> !v.isEmpty());
  }

  private static URI checkSite(URI siteUrl, List<String> problems) {
    if (siteUrl == null || !siteUrl.isAbsolute() || siteUrl.getHost() == null) {
      problems.add("jira.siteUrl must be an absolute URL such as https://acme.atlassian.net");
      return siteUrl;
    }
    boolean https = "https".equals(siteUrl.getScheme());
    boolean localHttp = "http".equals(siteUrl.getScheme()) && LOOPBACK.contains(siteUrl.getHost());
    if (!https && !localHttp) {
      problems.add("jira.siteUrl must use https (plain http only for a loopback host)");
    }
    if (siteUrl.getRawQuery() != null || siteUrl.getRawFragment() != null) {
      problems.add("jira.siteUrl must not carry a query or fragment");
    }
    String text = siteUrl.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : siteUrl;
  }

  private static void checkPositive(String key, Duration value, List<String> problems) {
    if (value == null || value.isNegative() || value.isZero()) {
      problems.add(key + " must be a positive duration");
    }
  }
}
