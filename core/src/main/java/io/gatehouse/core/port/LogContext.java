package io.gatehouse.core.port;

/**
 * Structured keys for the log lines written while a piece of work runs, such as the request key and
 * the correlation id. Runtimes back it with SLF4J's MDC; the core only names the keys.
 */
public interface LogContext {

  /** A context that keeps nothing, for embedding without structured logs. */
  LogContext NONE = (key, value) -> () -> {};

  /**
   * Sets a key until the returned scope is closed, which restores what was there before. Use in
   * try-with-resources.
   */
  Scope put(String key, String value);

  /** Closing removes the key again; never throws. */
  interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
