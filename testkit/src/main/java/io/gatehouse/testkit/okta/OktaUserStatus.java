package io.gatehouse.testkit.okta;

/** The lifecycle statuses of an Okta user, as Okta names them. */
public enum OktaUserStatus {
  STAGED,
  PROVISIONED,
  ACTIVE,
  RECOVERY,
  PASSWORD_EXPIRED,
  LOCKED_OUT,
  SUSPENDED,
  DEPROVISIONED
}
