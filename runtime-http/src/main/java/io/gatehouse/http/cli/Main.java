package io.gatehouse.http.cli;

import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.http.config.ConfigException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line: {@code demo}, {@code run --config FILE} and {@code serve --config FILE}.
 * Results go to standard output, logs to standard error.
 */
public final class Main {
  private static final String USAGE =
      """
      usage: gatehouse <command>

        demo                 start local Jira Service Management and Okta simulators, seed a desk,
                             run the job against them and show what happened
        run --config FILE    make one pass over the open requests; exits 1 when a request failed
                             or was filled in wrongly, 3 when the desk could not be read
        run --config FILE --dry-run
                             print the decision and plan of every open request; change nothing
        plan --config FILE KEY
                             print the decision and plan of one request; change nothing
        serve --config FILE  listen for the webhook and run the job in the background
        help                 show this text
      """;

  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("demo") && System.getenv("GATEHOUSE_LOG_LEVEL") == null) {
      // The demo prints its own account of each run, alerts included; the log stays quiet
      // unless asked for with GATEHOUSE_LOG_LEVEL=INFO.
      System.setProperty("GATEHOUSE_LOG_LEVEL", "OFF");
    }
    System.exit(new Main(System.out, System.err).execute(args));
  }

  int execute(String... args) {
    List<String> words = List.of(args);
    if (words.isEmpty()
        || words.get(0).equals("help")
        || words.contains("--help")
        || words.contains("-h")) {
      out.print(USAGE);
      return words.isEmpty() ? Commands.USAGE : Commands.OK;
    }
    try {
      return switch (words.get(0)) {
        case "demo" ->
            words.size() == 1 ? new DemoCommand(out).execute() : usage("demo takes no options");
        case "run" ->
            words.contains("--dry-run")
                ? new PlanCommand(out).all(config(without(words, "--dry-run")))
                : new RunCommand(out).execute(config(words));
        case "plan" ->
            new PlanCommand(out)
                .one(config(words.subList(0, Math.min(3, words.size()))), requestKey(words));
        case "serve" -> new ServeCommand(out).execute(config(words));
        default -> usage("unknown command '" + words.get(0) + "'");
      };
    } catch (UsageException e) {
      return usage(e.getMessage());
    } catch (ConfigException e) {
      err.println(e.getMessage());
      return Commands.USAGE;
    } catch (ProvisionException | CreationException e) {
      err.println("gatehouse: could not start: " + rootMessage(e));
      return Commands.FAILED;
    }
  }

  /** The innermost cause's message: adapters put what went wrong there, never a secret. */
  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  private static List<String> without(List<String> words, String flag) {
    return words.stream().filter(word -> !word.equals(flag)).toList();
  }

  private static RequestKey requestKey(List<String> words) {
    if (words.size() != 4) {
      throw new UsageException("plan needs --config FILE and a request key, such as ITS-42");
    }
    try {
      return RequestKey.of(words.get(3));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static Path config(List<String> words) {
    if (words.size() < 3) {
      throw new UsageException(words.get(0) + " needs --config FILE");
    }
    if (words.size() != 3 || !words.get(1).equals("--config")) {
      throw new UsageException(words.get(0) + " needs --config FILE and nothing else");
    }
    return Path.of(words.get(2));
  }

  private int usage(String problem) {
    err.println("gatehouse: " + problem);
    err.print(USAGE);
    return Commands.USAGE;
  }

  /** The command line is wrong. */
  private static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}
