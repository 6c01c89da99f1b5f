package io.gatehouse.http;

import io.gatehouse.core.secret.Secret;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook trigger: an HTTP server whose {@code POST} on the configured path asks for a run, and
 * whose {@code GET /health} answers 200 without authentication.
 *
 * <p>A webhook call must carry the API key in the configured header, compared in constant time;
 * without it the answer is 401 and nothing else is said. The body is never read, since what to do
 * is always read from the service desk itself; a body larger than the configured limit is answered
 * with 413. An accepted call is answered 202 at once and the run happens in the background through
 * the {@link RunCoalescer}, so a burst of calls causes at most one queued run.
 */
public final class WebhookServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);

  private final Javalin app;
  private final RunCoalescer runs;
  private final String keyHeader;
  private final byte[] expectedKey;
  private final long maxBodyBytes;
  private final RefusalLog refusals;

  private WebhookServer(WebhookConfig config, Secret apiKey, RunCoalescer runs) {
    this.runs = runs;
    this.keyHeader = config.keyHeader();
    this.expectedKey = apiKey.reveal().getBytes(StandardCharsets.UTF_8);
    this.maxBodyBytes = config.maxBodyBytes();
    this.refusals = new RefusalLog(config.keyHeader(), Duration.ofMinutes(1), System::nanoTime);
    this.app =
        Javalin.create(
            javalin -> {
              javalin.showJavalinBanner = false;
              javalin.http.maxRequestSize = config.maxBodyBytes();
              javalin.router.mount(
                  router -> {
                    router.get("/health", this::health);
                    router.post(config.path(), this::webhook);
                  });
            });
  }

  /**
   * Starts listening. The server owns {@code runs} from here on and closes it on {@link #close()}.
   *
   * @param apiKey the key callers must present; must not be blank
   * @throws io.javalin.util.JavalinBindException when the port is taken
   */
  public static WebhookServer start(WebhookConfig config, Secret apiKey, RunCoalescer runs) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(runs, "runs");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException("webhook API key is blank");
    }

    WebhookServer server = new WebhookServer(config, apiKey, runs);
    server.app.start(config.host(), config.port());
    log.info("webhook listening on {}:{}{}", config.host(), server.port(), config.path());
    return server;
  }

  /** The port listened on, the chosen one when the configuration said 0. */
  public int port() {
    return app.port();
  }

  /** Stops accepting calls, then waits for the run in progress as {@link RunCoalescer} does. */
  @Override
  public void close() {
    app.stop();
    runs.close();
  }

  private void health(Context ctx) {
    ctx.json(Map.of("status", "ok"));
  }

  private void webhook(Context ctx) {
    if (!hasKey(ctx)) {
      refusals.refused(ctx.ip());
      ctx.status(HttpStatus.UNAUTHORIZED).json(Map.of("error", "unauthorized"));
      return;
    }
    if (declaredLength(ctx) > maxBodyBytes) {
      ctx.status(HttpStatus.CONTENT_TOO_LARGE).json(Map.of("error", "body too large"));
      return;
    }

    boolean accepted = runs.trigger();

    if (!accepted) {
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error", "shutting down"));
      return;
    }
    ctx.status(HttpStatus.ACCEPTED).json(Map.of("status", "accepted"));
  }

  /**
   * The declared body length, read as a long: Javalin's own accessor answers -1 for lengths beyond
   * an int, which would let a huge declared body through.
   */
  private static long declaredLength(Context ctx) {
    String header = ctx.header("Content-Length");
    if (header == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private boolean hasKey(Context ctx) {
    String given = ctx.header(keyHeader);
    if (given == null) {
      return false;
    }
    return MessageDigest.isEqual(expectedKey, given.getBytes(StandardCharsets.UTF_8));
  }
}
