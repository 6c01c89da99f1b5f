package io.gatehouse.http.cli;

import io.gatehouse.core.engine.PlanPreview;
import io.gatehouse.core.engine.PreviewPlans;
import io.gatehouse.core.request.RequestKey;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code plan --config FILE KEY} and {@code run --config FILE --dry-run}: what the job would decide
 * and do, printed, with nothing changed anywhere.
 */
final class PlanCommand {
  private final PrintStream out;

  PlanCommand(PrintStream out) {
    this.out = out;
  }

  int one(Path configFile, RequestKey key) {
    PreviewPlans previews = Startup.start(configFile).injector().getInstance(PreviewPlans.class);

    Optional<PlanPreview> preview = previews.of(key);

    if (preview.isEmpty()) {
      out.println(key + ": not found, or not visible to the agent account");
      return Commands.FAILED;
    }
    print(preview.get());
    return Commands.OK;
  }

  int all(Path configFile) {
    PreviewPlans previews = Startup.start(configFile).injector().getInstance(PreviewPlans.class);

    List<PlanPreview> all = previews.ofOpenRequests();

    out.println("Dry run: nothing is changed in Okta or Jira");
    all.forEach(this::print);
    return Commands.OK;
  }

  private void print(PlanPreview preview) {
    out.println(
        preview.key()
            + "  "
            + TerminalText.safe(preview.requestType())
            + "  "
            + TerminalText.safe(preview.decision()));
    preview.steps().forEach(step -> out.println("    - " + TerminalText.safe(step)));
    preview.problems().forEach(problem -> out.println("    ! " + TerminalText.safe(problem)));
  }
}
