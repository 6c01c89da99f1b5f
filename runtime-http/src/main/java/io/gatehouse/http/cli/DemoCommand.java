package io.gatehouse.http.cli;

import io.gatehouse.core.engine.ProcessApprovedRequests;
import io.gatehouse.core.engine.RunReport;
import io.gatehouse.http.demo.DemoDesk;
import io.gatehouse.http.demo.DemoWorld;
import io.gatehouse.testkit.jsm.JsmComment;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * {@code demo}: starts both simulators, seeds a desk with requests in every state, runs the job
 * twice (the second run must change nothing) and shows what the simulators hold afterwards. With
 * {@code --keep-running} it runs nothing itself: it leaves the simulators and a configuration
 * running for the other commands to be tried against, until stopped.
 */
final class DemoCommand {
  private static final List<String> KEYS =
      List.of(
          "ITS-101",
          "ITS-102",
          "ITS-103",
          "ITS-104",
          "ITS-105",
          DemoDesk.OFFBOARD,
          DemoDesk.GRANT,
          DemoDesk.REVOKE,
          DemoDesk.RESET,
          DemoDesk.UNLOCK,
          DemoDesk.SUSPEND,
          DemoDesk.UNSUSPEND);
  private static final List<String> LOGINS =
      List.of(
          "sam.ortiz@acme.example",
          "zoe.unal@acme.example",
          "kim.lee@acme.example",
          DemoDesk.LEAVER_LOGIN,
          DemoDesk.MEMBER_LOGIN,
          DemoDesk.STATUS_LOGINS.get(0),
          DemoDesk.STATUS_LOGINS.get(1),
          DemoDesk.STATUS_LOGINS.get(2),
          DemoDesk.STATUS_LOGINS.get(3));
  private static final Pattern NOFORMAT = Pattern.compile("\\{noformat}\\n[^\\n]*\\n\\{noformat}");

  private final PrintStream out;

  DemoCommand(PrintStream out) {
    this.out = out;
  }

  int execute() {
    try (DemoWorld world = DemoWorld.start()) {
      DemoDesk.addAccountRequests(world.jsm(), world.okta());
      out.println("Jira Service Management simulator: " + world.jsm().baseUrl());
      out.println("Okta simulator:                    " + world.okta().baseUrl());
      out.println("Configuration (removed on exit):   " + world.configFile());
      out.println(
          "Logs are off in the demo; GATEHOUSE_LOG_LEVEL=INFO shows them on standard error.");
      out.println();

      ProcessApprovedRequests job = world.job();
      RunReport first = job.run();
      out.println("First run");
      new ReportPrinter(out).print(first);
      out.println();

      RunReport second = job.run();
      out.println(
          "Second run: nothing should change. ITS-101, ITS-102 and the ITS-30x requests"
              + " are resolved and no longer listed; the others get no second comment.");
      new ReportPrinter(out).print(second);
      out.println();

      showAlerts(world);
      showOkta(world);
      showJira(world);
      return Commands.OK;
    }
  }

  /**
   * Starts and seeds the simulators, writes a configuration with a webhook, says how to try each
   * command against them, and keeps them running until stopped.
   *
   * @param untilStopped returns when the command is to stop, having run the clean-up it is given
   *     (stopping the simulators, removing the configuration) first
   */
  int keepRunning(Consumer<Runnable> untilStopped) {
    DemoWorld world = DemoWorld.start();
    try {
      DemoDesk.addAccountRequests(world.jsm(), world.okta());
      Path keyFile = world.addWebhook();
      String config = world.configFile().toString();
      out.println("Jira Service Management simulator: " + world.jsm().baseUrl());
      out.println("Okta simulator:                    " + world.okta().baseUrl());
      out.println("Configuration (removed on exit):   " + config);
      out.println();
      out.println(
          "Try, from another terminal, with gatehouse standing for java -jar gatehouse.jar:");
      out.println("  gatehouse run --config " + config + " --dry-run");
      out.println("  gatehouse plan --config " + config + " ITS-101");
      out.println("  gatehouse run --config " + config);
      out.println("  gatehouse serve --config " + config);
      out.println(
          "  curl -i -X POST -H \"X-Gatehouse-Key: $(cat "
              + keyFile
              + ")\" http://127.0.0.1:PORT/webhook   (PORT as serve prints it)");
      out.println();
      out.println("The simulators keep running until this command is stopped (Ctrl-C).");
      out.flush();
    } catch (RuntimeException e) {
      world.close();
      throw e;
    }
    untilStopped.accept(world::close);
    return Commands.OK;
  }

  private void showAlerts(DemoWorld world) {
    out.println("Alerts raised (Slack or the log, outside the demo)");
    world
        .alerts()
        .raised()
        .forEach(alert -> out.println("  " + alert.title() + ": " + alert.detail()));
    out.println();
  }

  private void showOkta(DemoWorld world) {
    out.println("Okta now holds");
    for (String login : LOGINS) {
      world
          .okta()
          .user(login)
          .ifPresentOrElse(
              user ->
                  out.printf("  %-24s %-17s groups %s%n", login, user.status(), user.groupNames()),
              () -> out.printf("  %-24s (no account)%n", login));
    }
    out.println();
  }

  private void showJira(DemoWorld world) {
    out.println("Jira now shows");
    for (String key : KEYS) {
      out.printf("  %s  %s%n", key, world.jsm().status(key).name());
      for (JsmComment comment : world.jsm().comments(key)) {
        out.println("    " + (comment.isPublic() ? "public" : "internal") + " comment:");
        String shown =
            NOFORMAT.matcher(comment.body()).replaceAll("(hidden here; shown to the requester)");
        shown.lines().forEach(line -> out.println("      " + line));
      }
    }
  }
}
