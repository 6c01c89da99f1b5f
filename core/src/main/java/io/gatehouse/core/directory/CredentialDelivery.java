package io.gatehouse.core.directory;

/** How a new account's first credential reaches its owner. */
public enum CredentialDelivery {
  /**
   * Gatehouse sets a random temporary password that must be changed at first login and gives it to
   * the requester in a public comment on the request.
   */
  TEMPORARY_PASSWORD,
  /** The directory e-mails an activation link; no password is set or shown anywhere. */
  ACTIVATION_EMAIL
}
