package io.gatehouse.http.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.gatehouse.core.engine.ProcessApprovedRequests;
import io.gatehouse.core.engine.RunReport;
import io.gatehouse.http.config.ConfigLoader;
import io.gatehouse.http.config.GatehouseConfig;
import io.gatehouse.http.wiring.GatehouseModule;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code run --config FILE}: one pass over the open requests. */
final class RunCommand {
  private final PrintStream out;

  RunCommand(PrintStream out) {
    this.out = out;
  }

  int execute(Path configFile) {
    GatehouseConfig config = new ConfigLoader().load(configFile);
    Injector injector =
        Guice.createInjector(new GatehouseModule(config, configFile.toAbsolutePath().getParent()));

    RunReport report = injector.getInstance(ProcessApprovedRequests.class).run();

    new ReportPrinter(out).print(report);
    return Commands.exitCode(report);
  }
}
