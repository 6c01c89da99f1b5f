package io.gatehouse.http.cli;

import io.gatehouse.core.engine.ProcessApprovedRequests;
import io.gatehouse.core.engine.RunReport;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code run --config FILE}: one pass over the open requests. */
final class RunCommand {
  private final PrintStream out;

  RunCommand(PrintStream out) {
    this.out = out;
  }

  int execute(Path configFile) {
    ProcessApprovedRequests job =
        Startup.start(configFile).injector().getInstance(ProcessApprovedRequests.class);

    RunReport report = job.run();

    new ReportPrinter(out).print(report);
    return Commands.exitCode(report);
  }
}
