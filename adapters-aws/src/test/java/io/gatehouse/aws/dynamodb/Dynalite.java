package io.gatehouse.aws.dynamodb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dynalite server (a DynamoDB-compatible server on Node.js) in its own process, in memory, on a
 * free loopback port. The build installs it under {@code target/dynalite} with {@code npm ci}; the
 * script there prints the port it listens on and exits when its standard input closes.
 */
public final class Dynalite implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("dynalite listening on port (\\d+)");
  private static final long START_SECONDS = 30;

  private final Process process;
  private final URI endpoint;

  private Dynalite(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  public static Dynalite start() {
    Path folder = Path.of(System.getProperty("gatehouse.dynaliteFolder", "target/dynalite"));
    Path script = folder.resolve("start-dynalite.js");
    if (!Files.isDirectory(folder.resolve("node_modules/dynalite"))) {
      throw new IllegalStateException(
          "dynalite is not installed in "
              + folder.toAbsolutePath()
              + "; the build installs it with npm ci in process-test-resources");
    }

    try {
      Process process =
          new ProcessBuilder("node", script.toAbsolutePath().toString())
              .directory(folder.toFile())
              .redirectError(folder.resolve("dynalite.err").toFile())
              .start();
      return new Dynalite(process, URI.create("http://127.0.0.1:" + awaitPort(process)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot start node " + script, e);
    }
  }

  public URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // The process is destroyed below either way.
    }
    process.destroy();
  }

  private static int awaitPort(Process process) {
    CompletableFuture<Integer> port =
        CompletableFuture.supplyAsync(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  Matcher matcher = LISTENING.matcher(line);
                  if (matcher.find()) {
                    return Integer.parseInt(matcher.group(1));
                  }
                }
                throw new IllegalStateException("dynalite ended before it listened");
              } catch (IOException e) {
                throw new IllegalStateException("cannot read dynalite's output", e);
              }
            });
    try {
      return port.get(START_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      process.destroyForcibly();
      throw new IllegalStateException("dynalite did not start within " + START_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("interrupted while dynalite started", e);
    }
  }
}
