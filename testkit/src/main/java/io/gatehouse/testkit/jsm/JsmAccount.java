package io.gatehouse.testkit.jsm;

import java.util.Objects;
import java.util.Optional;

/**
 * An Atlassian account known to the simulator. Only accounts with an API token can call the API;
 * customers without one exist to report requests, approve and be picked in user fields.
 *
 * @param accountId the Atlassian account id
 * @param displayName the name shown in the UI
 * @param emailAddress the e-mail address, or null when the account's privacy settings hide it; an
 *     account that calls the API still logs in with {@code loginEmail}
 * @param loginEmail the e-mail used for basic auth, or null for accounts that never call the API
 * @param apiToken the API token for basic auth, or null for accounts that never call the API
 */
public record JsmAccount(
    String accountId, String displayName, String emailAddress, String loginEmail, String apiToken) {

  public JsmAccount {
    Objects.requireNonNull(accountId, "accountId");
    displayName = displayName == null ? "" : displayName;
    if ((loginEmail == null) != (apiToken == null)) {
      throw new IllegalArgumentException("loginEmail and apiToken come together: " + accountId);
    }
  }

  /** An account that can call the API, with its e-mail shown to others. */
  public static JsmAccount withToken(
      String accountId, String displayName, String email, String apiToken) {
    return new JsmAccount(accountId, displayName, email, email, apiToken);
  }

  /** A customer that never calls the API; {@code email} may be null (hidden). */
  public static JsmAccount customer(String accountId, String displayName, String email) {
    return new JsmAccount(accountId, displayName, email, null, null);
  }

  /** The same account with its e-mail hidden from other callers, as privacy settings do. */
  public JsmAccount withHiddenEmail() {
    return new JsmAccount(accountId, displayName, null, loginEmail, apiToken);
  }

  Optional<String> email() {
    return Optional.ofNullable(emailAddress);
  }
}
