package io.gatehouse.core.engine;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;

/**
 * How many requests one run works on at once, and the threads it works on them with.
 *
 * <p>With a size of one, a run works through the requests one after another on the thread that
 * called it, in the desk's order, and makes no thread. With more, each run starts a pool of at most
 * {@code size} threads from {@code threads} and shuts it down before it returns.
 *
 * @param size the most requests in flight at once, at least one
 * @param threads makes the pool's threads; they should be daemon threads, so that a run stuck in a
 *     remote call never keeps the process alive
 */
public record Workers(int size, ThreadFactory threads) {
  public Workers {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1, was " + size);
    }
    Objects.requireNonNull(threads, "threads");
  }

  /** One request at a time, on the calling thread. */
  public static Workers sequential() {
    return new Workers(1, runnable -> new Thread(runnable, "gatehouse-request"));
  }

  boolean concurrent() {
    return size > 1;
  }
}
