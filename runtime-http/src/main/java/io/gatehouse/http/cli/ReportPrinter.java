package io.gatehouse.http.cli;

import io.gatehouse.core.engine.RequestOutcome;
import io.gatehouse.core.engine.RunReport;
import java.io.PrintStream;

/**
 * Prints what a run decided and did, one block per request, for people at a terminal; text from
 * requests and services is printed {@linkplain TerminalText safe}.
 */
final class ReportPrinter {
  private final PrintStream out;

  ReportPrinter(PrintStream out) {
    this.out = out;
  }

  void print(RunReport report) {
    out.println("Run " + report.correlationId());
    report
        .runFailure()
        .ifPresent(failure -> out.println("  run failed: " + TerminalText.safe(failure)));
    if (report.outcomes().isEmpty() && report.runFailure().isEmpty()) {
      out.println("  no open requests");
    }
    for (RequestOutcome outcome : report.outcomes()) {
      out.printf(
          "  %-10s %-22s %-12s %s%n",
          outcome.key(),
          TerminalText.safe(outcome.requestType()),
          outcome.status(),
          TerminalText.safe(outcome.reason()));
      outcome
          .actions()
          .forEach(action -> out.println("             - " + TerminalText.safe(action)));
    }
  }
}
