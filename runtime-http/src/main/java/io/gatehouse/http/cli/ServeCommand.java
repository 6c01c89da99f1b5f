package io.gatehouse.http.cli;

import com.google.inject.Injector;
import io.gatehouse.core.engine.ProcessApprovedRequests;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.secret.Secret;
import io.gatehouse.http.RunCoalescer;
import io.gatehouse.http.WebhookConfig;
import io.gatehouse.http.WebhookServer;
import io.gatehouse.http.config.ConfigException;
import io.gatehouse.http.config.ServerConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve --config FILE}: the webhook. Each accepted call asks for a run; a burst folds into
 * at most one queued run. One run also starts at once, to catch up on anything approved while the
 * server was down.
 */
final class ServeCommand {
  private final PrintStream out;

  ServeCommand(PrintStream out) {
    this.out = out;
  }

  int execute(Path configFile) {
    WebhookServer webhook = start(configFile);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  webhook.close();
                  stopped.countDown();
                },
                "gatehouse-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Commands.OK;
  }

  /** Validates the configuration, wires the job, starts listening and asks for a first run. */
  WebhookServer start(Path configFile) {
    Startup.Started started = Startup.start(configFile, true);
    ServerConfig server =
        started
            .config()
            .webhook()
            .orElseThrow(
                () ->
                    new ConfigException(
                        configFile.toString(), List.of("server: is required by serve")));
    Injector injector = started.injector();
    Secret apiKey = injector.getInstance(SecretStore.class).read(server.apiKey());
    ProcessApprovedRequests job = injector.getInstance(ProcessApprovedRequests.class);

    RunCoalescer runs = new RunCoalescer(job::run, Duration.ofSeconds(60));
    WebhookServer webhook =
        WebhookServer.start(
            new WebhookConfig(
                server.host(),
                server.port(),
                server.path(),
                server.apiKeyHeader(),
                WebhookConfig.DEFAULT_MAX_BODY_BYTES),
            apiKey,
            runs);
    out.printf(
        "Listening on http://%s:%d%s (API key in header %s)%n",
        server.host(), webhook.port(), server.path(), server.apiKeyHeader());
    runs.trigger();
    return webhook;
  }
}
