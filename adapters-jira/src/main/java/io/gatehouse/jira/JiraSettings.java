package io.gatehouse.jira;

import io.gatehouse.core.secret.SecretRef;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * @param resolveTransitionName the name of the customer transition that resolves a request, matched
 *     case-insensitively against the live list
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait between bytes of a response
 * @param callTimeout how long one HTTP call may take in all, retries on 429 and 503 aside
 */
public record JiraSettings(
    URI siteUrl,
    String serviceDeskId,
    String agentEmail,
    SecretRef apiToken,
    String resolveTransitionName,
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout) {

  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

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
    if (resolveTransitionName == null || resolveTransitionName.isBlank()) {
      problems.add("jira.resolveTransition must name the customer transition that resolves");
    }
    checkPositive("jira.connectTimeout", connectTimeout, problems);
    checkPositive("jira.readTimeout", readTimeout, problems);
    checkPositive("jira.callTimeout", callTimeout, problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Jira settings are not valid: " + String.join("; ", problems));
    }
    resolveTransitionName = resolveTransitionName.trim();
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
