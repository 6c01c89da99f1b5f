package io.gatehouse.core.archfixture;

import io.gatehouse.jira.JiraSettings;

/** Breaks the hexagon on purpose: a core class that knows an adapter. Never used but by tests. */
public final class CoreThatReadsJira {
  private JiraSettings settings;

  public JiraSettings settings() {
    return settings;
  }
}
