package io.gatehouse.core.catalog;

/** What a request field means to Gatehouse, whatever the service desk calls it. */
public enum Role {
  /** The account's login; when not mapped, the work e-mail is the login. */
  LOGIN,
  /** The work e-mail address of the person the request is for. */
  EMAIL,
  FIRST_NAME,
  LAST_NAME,
  /** The directory groups asked for, by exact name. */
  GROUPS
}
