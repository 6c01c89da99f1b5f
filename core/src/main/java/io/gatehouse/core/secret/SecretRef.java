package io.gatehouse.core.secret;

import java.util.Objects;

/**
 * Where a secret is kept, never the secret itself: {@code env:JIRA_API_TOKEN}, {@code
 * file:/run/secrets/okta.pem}, or a secret store's own form such as {@code
 * aws:gatehouse/prod#oktaPrivateKey}. The scheme picks the store; the rest is the store's name for
 * the value.
 */
public record SecretRef(String scheme, String name) {

  public SecretRef {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(name, "name");
    if (!scheme.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("secret reference scheme is not valid: '" + scheme + "'");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("secret reference '" + scheme + ":' names nothing");
    }
  }

  /** Reads {@code scheme:name}. */
  public static SecretRef parse(String reference) {
    Objects.requireNonNull(reference, "reference");
    int colon = reference.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException(
          "a secret reference has the form scheme:name, such as env:JIRA_API_TOKEN");
    }
    return new SecretRef(reference.substring(0, colon), reference.substring(colon + 1));
  }

  @Override
  public String toString() {
    return scheme + ":" + name;
  }
}
