package io.gatehouse.lambda.bench;

import io.gatehouse.aws.dynamodb.Dynalite;
import io.gatehouse.lambda.support.AwsStandIns;
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
 * not measured: both simulators with a seeded desk, the Lambda Invoke API, and the stand-ins of the
 * AWS adapters (dynalite, Secrets Manager, ECS, Slack). Writes the environment the measured handler
 * needs to the given file, then serves until it is stopped.
 */
public final class BenchWorld {
  private BenchWorld() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path out = Path.of(args[0]);
    World world = World.start();
    LocalLambdaService lambda = LocalLambdaService.start();
    Dynalite dynalite = Dynalite.start();
    AwsStandIns aws = new AwsStandIns(dynalite);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  lambda.close();
                  aws.close();
                  dynalite.close();
                  world.close();
                  stopped.countDown();
                }));

    Properties env = new Properties();
    env.putAll(aws.environment(world));
    aws.access()
        .endpoints()
        .forEach((service, uri) -> env.put("BENCH_ENDPOINT_" + service, uri.toString()));
    env.putAll(
        Map.of(
            "GATEHOUSE_WORKER_FUNCTION",
            "gatehouse-provisioning",
            "BENCH_LAMBDA_ENDPOINT",
            lambda.endpoint().toString()));
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    try (Writer writer = Files.newBufferedWriter(partial)) {
      env.store(writer, "cold-start bench environment");
    }
    Files.move(partial, out);
    stopped.await();
  }
}
