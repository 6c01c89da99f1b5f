package io.gatehouse.lambda.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import io.gatehouse.aws.testing.TestAws;
import io.gatehouse.lambda.AutomationHandler;
import io.gatehouse.lambda.ProvisioningHandler;
import io.gatehouse.lambda.config.LambdaSettings;
import io.gatehouse.lambda.config.WorkerSettings;
import io.gatehouse.lambda.support.LocalLambdaService;
import io.gatehouse.lambda.support.TestContext;
import io.gatehouse.lambda.wiring.AwsAccess;
import io.gatehouse.lambda.wiring.AwsPortsModule;
import io.gatehouse.lambda.wiring.Graphs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * One cold start, as the Lambda runtime does it: construct the handler, read the event, invoke it
 * once. Prints the milliseconds from the JVM's start to the end of that first invocation. The
 * handlers are built on the production graph with AWS reached on loopback only: the Lambda client
 * points at the bench world's Invoke API, and the AWS adapters at its loopback stand-ins.
 *
 * <p>Arguments: {@code automation|provisioning|bare ENV_FILE EVENT_FILE}.
 */
public final class ColdStart {
  /** When the handler's constructor returned: the end of what Lambda counts as init. */
  private static long constructedAt;

  private ColdStart() {}

  public static void main(String[] args) throws IOException {
    String kind = args[0];
    Map<String, String> env = environment(Path.of(args[1]));
    String event = Files.readString(Path.of(args[2]));

    int status =
        switch (kind) {
          case "automation" -> automation(env, event);
          case "provisioning" -> provisioning(env, event);
          case "bare" -> bare(event);
          default -> throw new IllegalArgumentException("unknown handler kind " + kind);
        };

    long end = System.currentTimeMillis();
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println(
        "coldstart "
            + kind
            + " status="
            + status
            + " init_ms="
            + (constructedAt - jvmStart)
            + " invoke_ms="
            + (end - constructedAt)
            + " ms="
            + (end - jvmStart));
  }

  private static int automation(Map<String, String> env, String event) {
    URI endpoint = URI.create(env.get("BENCH_LAMBDA_ENDPOINT"));
    AutomationHandler handler =
        new AutomationHandler(
            Graphs.automation(
                LambdaSettings.automation(env), LocalLambdaService.clientsFor(endpoint)));
    constructedAt = System.currentTimeMillis();
    return handler.handleRequest(read(event), new TestContext("bench")).getStatusCode();
  }

  private static int provisioning(Map<String, String> env, String event) throws IOException {
    Map<String, URI> endpoints = new HashMap<>();
    env.forEach(
        (name, value) -> {
          if (name.startsWith("BENCH_ENDPOINT_")) {
            endpoints.put(name.substring("BENCH_ENDPOINT_".length()), URI.create(value));
          }
        });
    AwsAccess access = new AwsAccess(env.get("AWS_REGION"), TestAws.credentials(), endpoints);
    WorkerSettings settings = LambdaSettings.worker(env);
    ProvisioningHandler handler =
        new ProvisioningHandler(
            Graphs.worker(settings, AwsPortsModule.forWorker(settings, access)));
    constructedAt = System.currentTimeMillis();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(
        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
        out,
        new TestContext("bench"));
    return out.toString(StandardCharsets.UTF_8).contains("PROVISIONED") ? 200 : 500;
  }

  private static int bare(String event) {
    BareHandler handler = new BareHandler();
    constructedAt = System.currentTimeMillis();
    return handler.handleRequest(read(event), new TestContext("bench")).getStatusCode();
  }

  private static APIGatewayProxyRequestEvent read(String event) {
    return LambdaEventSerializers.serializerFor(
            APIGatewayProxyRequestEvent.class, ColdStart.class.getClassLoader())
        .fromJson(event);
  }

  private static Map<String, String> environment(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    }
    Map<String, String> env = new HashMap<>();
    properties.stringPropertyNames().forEach(name -> env.put(name, properties.getProperty(name)));
    return env;
  }
}
