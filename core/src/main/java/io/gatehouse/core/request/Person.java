package io.gatehouse.core.request;

import java.util.Objects;
import java.util.Optional;

/**
 * An Atlassian account as the service desk shows it. The e-mail address is often hidden by the
 * account's privacy settings, so it is optional and never a basis for an identity.
 */
public record Person(String accountId, String displayName, String emailAddress) {

  public Person {
    Objects.requireNonNull(accountId, "accountId");
    if (accountId.isBlank()) {
      throw new IllegalArgumentException("accountId is blank");
    }
    displayName = displayName == null ? "" : displayName;
  }

  public static Person of(String accountId, String displayName) {
    return new Person(accountId, displayName, null);
  }

  /** The e-mail address, when the account's privacy settings let the caller see it. */
  public Optional<String> email() {
    return Optional.ofNullable(emailAddress).filter(address -> !address.isBlank());
  }
}
