package io.gatehouse.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Works on independent items with at most {@link Workers#size()} in flight, and answers one result
 * per item in the items' order, whatever order they finish in.
 *
 * <p>An item whose work throws gets the result of {@code onFailure} and the others go on. When the
 * calling thread is interrupted while it waits, the pool is shut down with interrupts, items not
 * finished get {@code onFailure} with an {@link InterruptedException}, and the interrupt flag is
 * set again. The pool never outlives the call: it is shut down before {@code map} returns.
 */
final class InOrderPool {
  /** How long finished work may take to let go of its threads; only reached after interrupts. */
  private static final long TERMINATION_SECONDS = 30;

  private InOrderPool() {}

  static <T, R> List<R> map(
      List<T> items, Workers workers, Function<T, R> work, BiFunction<T, Throwable, R> onFailure) {
    if (!workers.concurrent() || items.size() < 2) {
      return inline(items, work, onFailure);
    }

    int size = Math.min(workers.size(), items.size());
    ExecutorService pool = Executors.newFixedThreadPool(size, workers.threads());
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> work.apply(item)));
      }
      return collect(items, futures, onFailure);
    } finally {
      shutDown(pool);
    }
  }

  private static <T, R> List<R> inline(
      List<T> items, Function<T, R> work, BiFunction<T, Throwable, R> onFailure) {
    List<R> results = new ArrayList<>(items.size());
    for (T item : items) {
      try {
        results.add(work.apply(item));
      } catch (RuntimeException e) {
        results.add(onFailure.apply(item, e));
      }
    }
    return results;
  }

  private static <T, R> List<R> collect(
      List<T> items, List<Future<R>> futures, BiFunction<T, Throwable, R> onFailure) {
    List<R> results = new ArrayList<>(items.size());
    boolean interrupted = false;
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      Future<R> future = futures.get(i);
      if (interrupted) {
        future.cancel(true);
        results.add(onFailure.apply(item, new InterruptedException("the run was interrupted")));
        continue;
      }
      try {
        results.add(future.get());
      } catch (ExecutionException e) {
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        results.add(onFailure.apply(item, e.getCause()));
      } catch (InterruptedException e) {
        interrupted = true;
        future.cancel(true);
        results.add(onFailure.apply(item, e));
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return results;
  }

  private static void shutDown(ExecutorService pool) {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(TERMINATION_SECONDS, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
