package io.gatehouse.http.cli;

import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import io.gatehouse.core.port.ServiceDeskException;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.http.config.ConfigException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

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
        demo --keep-running  start and seed the simulators, print a configuration for them and
                             keep them running, to try the other commands against; Ctrl-C stops
        run --config FILE    make one pass over the open requests; exits 1 when a request failed
                             or was filled in wrongly, 3 when the desk could not be read
        run --config FILE --dry-run
                             print the decision and plan of every open request; change nothing
        plan --config FILE KEY
                             print the decision and plan of one request; change nothing
        serve --config FILE  listen for the webhook and run the job in the background
        help                 show this text

      exit codes: 0 done; 1 a request failed or was filled in wrongly, or Gatehouse could not
      start; 2 the command line, the configuration or a secret it names is wrong; 3 the service
      desk could not be read
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
      Arguments arguments = Arguments.parse(words);
      return switch (arguments.command()) {
        case "demo" -> {
          arguments.expect(false, false, false);
          yield arguments.keepRunning()
              ? new DemoCommand(out).keepRunning(Main::awaitShutdown)
              : new DemoCommand(out).execute();
        }
        case "run" -> {
          arguments.expect(true, false, true);
          yield arguments.dryRun()
              ? new PlanCommand(out).all(arguments.config())
              : new RunCommand(out).execute(arguments.config());
        }
        case "plan" -> {
          arguments.expect(true, true, false);
          yield new PlanCommand(out).one(arguments.config(), requestKey(arguments.key()));
        }
        case "serve" -> {
          arguments.expect(true, false, false);
          yield new ServeCommand(out).execute(arguments.config());
        }
        default -> usage("unknown command '" + arguments.command() + "'");
      };
    } catch (UsageException e) {
      return usage(e.getMessage());
    } catch (ConfigException e) {
      err.println(TerminalText.safeLines(e.getMessage()));
      return Commands.USAGE;
    } catch (ProvisionException | CreationException e) {
      err.println("gatehouse: could not start: " + TerminalText.safe(rootMessage(e)));
      return Commands.FAILED;
    } catch (ServiceDeskException e) {
      err.println(
          "gatehouse: could not read the service desk: " + TerminalText.safe(e.getMessage()));
      return Commands.UNREACHABLE;
    } catch (RuntimeException e) {
      err.println("gatehouse: " + TerminalText.safe(describe(e)));
      return Commands.FAILED;
    }
  }

  /** What went wrong, in one line: the adapters' messages name the problem, never a secret. */
  private static String describe(RuntimeException e) {
    String message = rootMessage(e);
    return e.getMessage() == null || e.getMessage().equals(message)
        ? message
        : e.getMessage() + ": " + message;
  }

  /** Returns once the process is asked to stop, such as with Ctrl-C, and has cleaned up. */
  private static void awaitShutdown(Runnable cleanUp) {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  cleanUp.run();
                  stop.countDown();
                },
                "gatehouse-shutdown"));
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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

  private static RequestKey requestKey(String key) {
    try {
      return RequestKey.of(key);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * A command line: the command, {@code --config FILE}, {@code --dry-run}, {@code --keep-running}
   * and at most one request key, in any order; the first word that is not an option is the command.
   */
  private record Arguments(
      String command, Path config, String key, boolean dryRun, boolean keepRunning) {
    static Arguments parse(List<String> words) {
      String command = null;
      Path config = null;
      String key = null;
      boolean dryRun = false;
      boolean keepRunning = false;
      for (int i = 0; i < words.size(); i++) {
        String word = words.get(i);
        String context = command == null ? "gatehouse" : command;
        if (word.equals("--config")) {
          if (i + 1 == words.size() || config != null || words.get(i + 1).startsWith("--")) {
            throw new UsageException(context + ": --config takes one FILE");
          }
          config = path(words.get(++i));
        } else if (word.equals("--dry-run")) {
          dryRun = true;
        } else if (word.equals("--keep-running")) {
          keepRunning = true;
        } else if (word.startsWith("-") || key != null) {
          throw new UsageException(context + ": '" + word + "' is not understood");
        } else if (command == null) {
          command = word;
        } else {
          key = word;
        }
      }
      if (command == null) {
        throw new UsageException("no command given");
      }
      if (keepRunning && !command.equals("demo")) {
        throw new UsageException(command + ": '--keep-running' is not understood");
      }
      return new Arguments(command, config, key, dryRun, keepRunning);
    }

    private static Path path(String file) {
      try {
        return Path.of(file);
      } catch (InvalidPathException e) {
        throw new UsageException("--config: '" + file + "' is not a file name: " + e.getReason());
      }
    }

    /** Refuses what the command does not take, and asks for what it needs. */
    void expect(boolean needsConfig, boolean needsKey, boolean allowsDryRun) {
      if (needsConfig && config == null) {
        throw new UsageException(
            command
                + " needs --config FILE"
                + (needsKey ? " and a request key, such as ITS-42" : ""));
      }
      if (needsKey && key == null) {
        throw new UsageException(command + " needs a request key, such as ITS-42");
      }
      if (!needsConfig && config != null) {
        throw new UsageException(command + " takes no --config");
      }
      if (!needsKey && key != null) {
        throw new UsageException(command + ": '" + key + "' is not understood");
      }
      if (!allowsDryRun && dryRun) {
        throw new UsageException(command + " takes no --dry-run");
      }
    }
  }

  private int usage(String problem) {
    err.println("gatehouse: " + TerminalText.safe(problem));
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
