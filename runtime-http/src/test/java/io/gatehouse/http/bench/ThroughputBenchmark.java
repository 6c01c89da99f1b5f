package io.gatehouse.http.bench;

import io.gatehouse.core.engine.ProcessApprovedRequests;
import io.gatehouse.core.engine.RequestOutcome.Status;
import io.gatehouse.core.engine.RunReport;
import io.gatehouse.http.demo.DemoDesk;
import io.gatehouse.http.demo.DemoWorld;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Loads both simulators with a backlog of approved onboarding requests, Okta with realistic latency
 * and a per-minute limit, runs the real job through the real wiring and adapters, and prints how
 * close the run came to the floor that Okta's limit sets. Run by {@code bench/throughput.sh}, never
 * by the build: it takes minutes.
 *
 * <p>A baseline from the same invocation runs a smaller backlog one request at a time, on fresh
 * simulators, to show what the concurrency buys. Exits 1 when the ratio misses the target, a
 * request failed or a 429 was left unanswered.
 */
public final class ThroughputBenchmark {
  private static final double TARGET = 1.10;

  private ThroughputBenchmark() {}

  public static void main(String[] args) throws IOException {
    BenchSettings settings = BenchSettings.fromSystemProperties();
    System.out.println("Gatehouse throughput benchmark");
    System.out.println("  " + settings.describe());

    Measurement run = measure(settings, settings.requests(), settings.concurrency());
    System.out.println();
    System.out.println("Concurrent run (concurrency " + settings.concurrency() + "):");
    run.print(settings.limitPerMinute());

    if (settings.baselineRequests() > 0) {
      Measurement baseline = measure(settings, settings.baselineRequests(), 1);
      System.out.println();
      System.out.println(
          "Baseline, same run (concurrency 1, " + settings.baselineRequests() + " requests):");
      baseline.print(settings.limitPerMinute());
      System.out.println();
      System.out.printf(
          Locale.ROOT,
          "Speed-up over the baseline: %.2fx requests per second%n",
          run.requestsPerSecond() / baseline.requestsPerSecond());
    }

    double ratio = run.ratio(settings.limitPerMinute());
    boolean pass =
        ratio <= TARGET
            && run.report().count(Status.FAILED) == 0
            && run.calls().throttled() == run.calls().throttledThenAnswered();
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "RESULT: %s (ratio %.3f, target <= %.2f; failed %d; 429s unhandled %d)%n",
        pass ? "PASS" : "FAIL",
        ratio,
        TARGET,
        run.report().count(Status.FAILED),
        run.calls().throttled() - run.calls().throttledThenAnswered());
    System.exit(pass ? 0 : 1);
  }

  private static Measurement measure(BenchSettings settings, int requests, int concurrency)
      throws IOException {
    ScheduledExecutorService jitter = Executors.newSingleThreadScheduledExecutor(daemon());
    try (DemoWorld world = DemoWorld.start()) {
      world.okta().setRateLimit(settings.limitPerMinute());
      jitter.scheduleAtFixedRate(
          () -> world.okta().setLatency(latencyBetween(settings)), 0, 5, TimeUnit.MILLISECONDS);
      for (int i = 0; i < requests; i++) {
        DemoDesk.addApprovedNewHire(
            world.jsm(), "ITS-" + (1000 + i), "hire" + i + "@acme.example", "Hire", "No" + i);
      }
      configure(world.configFile(), settings.budgetPerMinute(), concurrency);
      ProcessApprovedRequests job = world.job();
      world.okta().clearRequests();

      long start = System.nanoTime();
      RunReport report = job.run();
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

      return new Measurement(report, elapsed, OktaCalls.of(world.okta().requests()));
    } finally {
      jitter.shutdownNow();
    }
  }

  /** Sets Gatehouse's Okta budget and concurrency in the world's configuration file. */
  private static void configure(Path file, int budgetPerMinute, int concurrency)
      throws IOException {
    String yaml = Files.readString(file);
    int orgUrlEnd = yaml.indexOf('\n', yaml.indexOf("  orgUrl: ")) + 1;
    String configured =
        yaml.substring(0, orgUrlEnd)
            + "  rateLimitPerMinute: "
            + budgetPerMinute
            + "\n"
            + yaml.substring(orgUrlEnd)
            + "job:\n  concurrency: "
            + concurrency
            + "\n";
    Files.writeString(file, configured);
  }

  private static Duration latencyBetween(BenchSettings settings) {
    long low = settings.fastest().toMillis();
    long high = settings.slowest().toMillis();
    return Duration.ofMillis(ThreadLocalRandom.current().nextLong(low, high + 1));
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return work -> {
      Thread thread = new Thread(work, "bench-latency");
      thread.setDaemon(true);
      return thread;
    };
  }

  /** One run's report, wall-clock time and Okta calls. */
  private record Measurement(RunReport report, Duration elapsed, OktaCalls calls) {
    double ratio(int limitPerMinute) {
      return elapsed.toNanos() / (double) calls.floor(limitPerMinute).toNanos();
    }

    double requestsPerSecond() {
      return report.outcomes().size() / (elapsed.toNanos() / 1e9);
    }

    void print(int limitPerMinute) {
      StringJoiner statuses = new StringJoiner(", ");
      for (Status status : Status.values()) {
        if (report.count(status) > 0) {
          statuses.add(report.count(status) + " " + status.name().toLowerCase(Locale.ROOT));
        }
      }
      String busiest = calls.busiest();
      System.out.printf(
          Locale.ROOT,
          "  requests: %d (%s); failed: %d%n",
          report.outcomes().size(),
          statuses,
          report.count(Status.FAILED));
      System.out.printf(
          Locale.ROOT, "  Okta calls needed: %d, by bucket %s%n", calls.total(), calls.byBucket());
      System.out.printf(Locale.ROOT, "  allowed rate: %d per minute per bucket%n", limitPerMinute);
      System.out.printf(
          Locale.ROOT,
          "  floor: %d %s calls / %d per minute = %.1f s%n",
          calls.byBucket().getOrDefault(busiest, 0),
          busiest,
          limitPerMinute,
          calls.floor(limitPerMinute).toMillis() / 1000.0);
      System.out.printf(
          Locale.ROOT,
          "  elapsed: %.1f s (%.2f requests/s)%n",
          elapsed.toMillis() / 1000.0,
          requestsPerSecond());
      System.out.printf(Locale.ROOT, "  ratio elapsed/floor: %.3f%n", ratio(limitPerMinute));
      System.out.printf(
          Locale.ROOT,
          "  429s seen: %d; handled (answered on retry): %d%n",
          calls.throttled(),
          calls.throttledThenAnswered());
    }
  }
}
