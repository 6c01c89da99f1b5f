package io.gatehouse.core.directory;

/** Where a group's memberships are managed, as Okta names the group types. */
public enum GroupType {
  /** Managed in the directory itself: its memberships can be changed through the API. */
  OKTA_GROUP,
  /** Imported from an application or another directory (such as AD): read-only here. */
  APP_GROUP,
  /** Maintained by the directory itself, such as {@code Everyone}: read-only. */
  BUILT_IN
}
