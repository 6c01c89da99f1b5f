package io.gatehouse.http.cli;

import io.gatehouse.core.engine.RunReport;

/** Exit codes shared by every command. */
final class Commands {
  /** Everything went as it should. */
  static final int OK = 0;

  /** The run finished, but a request failed or was invalid; or Gatehouse could not start. */
  static final int FAILED = 1;

  /** The command line or the configuration is wrong. */
  static final int USAGE = 2;

  private Commands() {}

  /** The run could not even list the requests: the desk or a secret was out of reach. */
  static final int UNREACHABLE = 3;

  static int exitCode(RunReport report) {
    if (report.runFailure().isPresent()) {
      return UNREACHABLE;
    }
    return report.hasFailures() ? FAILED : OK;
  }
}
