package io.gatehouse.core.catalog;

/** What a request type asks Gatehouse to do in the identity directory. */
public enum Action {
  /** Create an account for a new employee and add it to the requested groups. */
  ONBOARD,
  /** Deactivate the account a login field names; the account is kept, never deleted. */
  OFFBOARD
}
