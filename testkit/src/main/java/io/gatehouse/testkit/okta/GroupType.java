package io.gatehouse.testkit.okta;

/** Okta group types: only {@link #OKTA_GROUP} memberships can be changed through the API. */
public enum GroupType {
  OKTA_GROUP,
  APP_GROUP,
  BUILT_IN
}
