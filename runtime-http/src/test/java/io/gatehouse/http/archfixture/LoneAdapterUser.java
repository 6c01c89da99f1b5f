package io.gatehouse.http.archfixture;

import io.gatehouse.okta.internal.OktaIdentityDirectory;

/**
 * Breaks the hexagon on purpose: a runtime class that reaches into an adapter's implementation
 * instead of its module or factory. Never used but by tests.
 */
public final class LoneAdapterUser {
  private OktaIdentityDirectory directory;

  public OktaIdentityDirectory directory() {
    return directory;
  }
}
