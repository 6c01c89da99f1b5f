package io.gatehouse.core.catalog;

import java.util.Locale;

/** What a request type asks Gatehouse to do in the identity directory. */
public enum Action {
  /** Create an account for a new employee and add it to the requested groups. */
  ONBOARD,
  /** Deactivate the account a login field names; the account is kept, never deleted. */
  OFFBOARD,
  /** Add the account a login field names to the requested groups, each from the allow-list. */
  GRANT_GROUPS,
  /** Remove the account a login field names from the requested groups, each from the allow-list. */
  REVOKE_GROUPS,
  /**
   * Reset the password of the account a login field names, as the type's credential delivery says:
   * a temporary password shown to the requester, or a reset link Okta e-mails the owner.
   */
  RESET_PASSWORD,
  /** Unlock the locked-out account a login field names. */
  UNLOCK,
  /** Suspend the active account a login field names. */
  SUSPEND,
  /** Lift the suspension of the account a login field names. */
  UNSUSPEND;

  /** The action as configuration spells it, such as {@code grant-groups}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
