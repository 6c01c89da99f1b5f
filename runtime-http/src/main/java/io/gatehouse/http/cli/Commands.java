package io.gatehouse.http.cli;

import io.gatehouse.core.engine.RunReport;

/** Exit codes shared by every command. */
final class Commands {
  /** Everything went as it should. */
  static final int OK = 0;

  /** The run finished, but a request failed or was invalid, or the run could not start. */
  static final int FAILED = 1;

  /** The command line or the configuration is wrong. */
  static final int USAGE = 2;

  private Commands() {}

  static int exitCode(RunReport report) {
    return report.hasFailures() ? FAILED : OK;
  }
}
