package io.gatehouse.core.directory;

/** The lifecycle status of a directory account, as Okta names them. */
public enum UserStatus {
  STAGED,
  PROVISIONED,
  ACTIVE,
  RECOVERY,
  PASSWORD_EXPIRED,
  LOCKED_OUT,
  SUSPENDED,
  DEPROVISIONED,
  /** A status this version of Gatehouse does not know; treated as not safe to act on. */
  UNKNOWN
}
