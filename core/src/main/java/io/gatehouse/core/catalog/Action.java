package io.gatehouse.core.catalog;

/** What a request type asks Gatehouse to do in the identity directory. */
public enum Action {
  /** Create an account for a new employee and add it to the requested groups. */
  ONBOARD,
  /** Deactivate the account a login field names; the account is kept, never deleted. */
  OFFBOARD,
  /** Add the account a login field names to the requested groups, each from the allow-list. */
  GRANT_GROUPS,
  /** Remove the account a login field names from the requested groups, each from the allow-list. */
  REVOKE_GROUPS
}
