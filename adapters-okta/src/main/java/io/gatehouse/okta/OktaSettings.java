package io.gatehouse.okta;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the Okta org is and how to reach it.
 *
 * @param orgUrl the org URL, {@code https://acme.okta.com}; plain http only for a loopback address
 *     (a local simulator)
 * @param auth API token or OAuth private key
 * @param connectionTimeout the connect, read and connection-pool timeout of each call, whole
 *     seconds, at least one
 * @param maxRetries how often Gatehouse retries a call after a 429 (any call) or a 5xx or lost
 *     answer (calls that are safe to repeat; a create is re-read instead), 0 to 10. The SDK's own
 *     retries are always off.
 */
public record OktaSettings(URI orgUrl, OktaAuth auth, Duration connectionTimeout, int maxRetries) {
  /**
   * Half of the 600 calls a minute most paid orgs allow in their users, groups and other buckets,
   * leaving the rest to administrators and other integrations: what {@code okta.rateLimitPerMinute}
   * is when not set.
   */
  public static final int DEFAULT_RATE_LIMIT_PER_MINUTE = 300;

  /** Far above any bucket Okta sells: a figure higher still is a typo. */
  public static final int MAX_RATE_LIMIT_PER_MINUTE = 100_000;

  /** Validates every field at once and reports all problems together, each with its key. */
  public OktaSettings {
    Objects.requireNonNull(orgUrl, "orgUrl");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    List<String> problems = new ArrayList<>();
    if (!"https".equals(orgUrl.getScheme()) && !isLoopbackHttp(orgUrl)) {
      problems.add("okta.orgUrl must be https (plain http only on 127.0.0.1 or localhost)");
    }
    if (orgUrl.getHost() == null
        || orgUrl.getRawQuery() != null
        || orgUrl.getRawFragment() != null) {
      problems.add("okta.orgUrl must be a bare org URL such as https://acme.okta.com");
    }
    orgUrlProblem(orgUrl).ifPresent(problem -> problems.add("okta.orgUrl " + problem));
    if (connectionTimeout.compareTo(Duration.ofSeconds(1)) < 0) {
      problems.add("okta.connectionTimeout must be at least one second");
    }
    if (maxRetries < 0 || maxRetries > 10) {
      problems.add("okta.maxRetries must be between 0 and 10");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    String url = orgUrl.toString();
    orgUrl = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }

  /** Settings with a 10 s timeout and 2 retries. */
  public static OktaSettings of(URI orgUrl, OktaAuth auth) {
    return new OktaSettings(orgUrl, auth, Duration.ofSeconds(10), 2);
  }

  /**
   * What is wrong with an org URL that is a well-formed https URL but not the org's API address:
   * the Admin Console's {@code -admin} host, or a page of the org rather than its root.
   */
  public static Optional<String> orgUrlProblem(URI orgUrl) {
    String host = orgUrl.getHost() == null ? "" : orgUrl.getHost();
    if (host.contains("-admin.")) {
      return Optional.of(
          "is the Admin Console's address; use the org URL without -admin, such as"
              + " https://acme.okta.com");
    }
    String path = orgUrl.getPath() == null ? "" : orgUrl.getPath();
    if (!path.isEmpty() && !path.equals("/")) {
      return Optional.of("must be the org URL without a path, such as https://acme.okta.com");
    }
    return Optional.empty();
  }

  /** Whether the org URL is plain http on a loopback address, where the https check is lifted. */
  public boolean isLoopbackHttp() {
    return isLoopbackHttp(orgUrl);
  }

  private static boolean isLoopbackHttp(URI url) {
    String host = url.getHost();
    return "http".equals(url.getScheme())
        && ("127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host));
  }
}
