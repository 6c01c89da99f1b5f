package io.gatehouse.core.port;

import io.gatehouse.core.request.RequestKey;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * What a task started for a finished request is told.
 *
 * @param requestKey the request the task works for
 * @param correlationId the run's id, also shown on the ticket, in the log and in alerts
 * @param idempotencyKey at most 64 characters of letters, digits, {@code -} and {@code _}; the same
 *     key never starts a second task within the runner's window
 * @param environment variables handed to the task, such as the plan; never a secret
 */
public record TaskLaunch(
    RequestKey requestKey,
    String correlationId,
    String idempotencyKey,
    Map<String, String> environment) {

  /**
   * The most environment a launch may carry, names and values counted in UTF-8 bytes: every {@link
   * TaskRunner} takes this much (an ECS container override holds 8 KiB in all, its own structure
   * included). A larger environment is refused, for good, before any task is started.
   */
  public static final int MAX_ENVIRONMENT_BYTES = 7168;

  public TaskLaunch {
    Objects.requireNonNull(requestKey, "requestKey");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    if (!idempotencyKey.matches("[A-Za-z0-9_-]{1,64}")) {
      throw new IllegalArgumentException(
          "idempotency key must be 1 to 64 letters, digits, - or _: " + idempotencyKey);
    }
    environment = Map.copyOf(environment);
  }

  /** The size of the environment as {@link #MAX_ENVIRONMENT_BYTES} counts it. */
  public int environmentBytes() {
    return environmentBytes(environment);
  }

  /** The size of some environment variables as {@link #MAX_ENVIRONMENT_BYTES} counts it. */
  public static int environmentBytes(Map<String, String> environment) {
    return environment.entrySet().stream()
        .mapToInt(
            e ->
                e.getKey().getBytes(StandardCharsets.UTF_8).length
                    + e.getValue().getBytes(StandardCharsets.UTF_8).length)
        .sum();
  }
}
