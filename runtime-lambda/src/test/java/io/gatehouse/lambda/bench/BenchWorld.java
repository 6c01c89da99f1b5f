package io.gatehouse.lambda.bench;

import io.gatehouse.lambda.support.LocalLambdaService;
import io.gatehouse.lambda.support.World;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * The loopback world a cold-start measurement runs against, in its own JVM so that starting it is
 * not measured: both simulators with a seeded desk, and the Lambda Invoke API. Writes the
 * environment the measured handler needs to the given file, then serves until it is stopped.
 */
public final class BenchWorld {
  private BenchWorld() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path out = Path.of(args[0]);
    World world = World.start();
    LocalLambdaService lambda = LocalLambdaService.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  lambda.close();
                  world.close();
                  stopped.countDown();
                }));

    Properties env = new Properties();
    env.putAll(world.environment());
    env.putAll(
        Map.of(
            "GATEHOUSE_WORKER_FUNCTION",
            "gatehouse-provisioning",
            "BENCH_LAMBDA_ENDPOINT",
            lambda.endpoint().toString(),
            "BENCH_JIRA_TOKEN",
            World.JIRA_TOKEN,
            "BENCH_OKTA_TOKEN",
            World.OKTA_TOKEN));
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    try (Writer writer = Files.newBufferedWriter(partial)) {
      env.store(writer, "cold-start bench environment");
    }
    Files.move(partial, out);
    stopped.await();
  }
}
