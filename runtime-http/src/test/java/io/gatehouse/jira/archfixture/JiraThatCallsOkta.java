package io.gatehouse.jira.archfixture;

import io.gatehouse.okta.OktaSettings;

/** Breaks the hexagon on purpose: one adapter that knows another. Never used but by tests. */
public final class JiraThatCallsOkta {
  private OktaSettings settings;

  public OktaSettings settings() {
    return settings;
  }
}
