package io.gatehouse.http;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one job on a single background thread and folds a burst of triggers into at most one queued
 * run. When idle, a trigger starts a run; while a run is in progress, any number of triggers cause
 * exactly one more run after it. A job that throws is logged, and the next trigger runs it again.
 *
 * <p>Safe for use by many threads. {@link #trigger()} never blocks on the job.
 */
public final class RunCoalescer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RunCoalescer.class);

  private final Runnable job;
  private final Duration closeTimeout;
  private final ExecutorService thread;
  private final Object lock = new Object();

  // Guarded by lock.
  private boolean running;
  private boolean pending;
  private boolean closed;

  /**
   * @param job what each run does
   * @param closeTimeout how long {@link #close()} waits for a run in progress
   */
  public RunCoalescer(Runnable job, Duration closeTimeout) {
    this.job = Objects.requireNonNull(job, "job");
    this.closeTimeout = Objects.requireNonNull(closeTimeout, "closeTimeout");
    this.thread =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread worker = new Thread(runnable, "gatehouse-run");
              worker.setDaemon(true);
              return worker;
            });
  }

  /**
   * Asks for a run. Returns false only once closed, when the trigger is dropped; a trigger folded
   * into an already queued run counts as accepted.
   */
  public boolean trigger() {
    synchronized (lock) {
      if (closed) {
        return false;
      }
      if (running) {
        pending = true;
        return true;
      }
      running = true;
    }

    try {
      thread.execute(this::drain);
      return true;
    } catch (RejectedExecutionException e) {
      // Closed between the check above and here.
      markIdle();
      return false;
    }
  }

  /**
   * Waits until no run is in progress or queued.
   *
   * @return false when {@code timeout} passed first
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (running) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
      return true;
    }
  }

  /**
   * Drops any queued run, waits for the run in progress up to the close timeout, then interrupts
   * it. Later triggers are refused. Safe to call more than once.
   */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      pending = false;
    }
    thread.shutdown();

    try {
      if (!thread.awaitTermination(closeTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn(
            "run still in progress after {}; interrupting it. Its claims expire with their lease.",
            closeTimeout);
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private void drain() {
    boolean finished = false;
    try {
      do {
        runOnce();
      } while (takePending());
      finished = true;
    } finally {
      if (!finished) {
        // An Error escaped the job: forget the state so that the next trigger starts afresh.
        markIdle();
      }
    }
  }

  private void runOnce() {
    try {
      job.run();
    } catch (RuntimeException e) {
      log.error("run failed; the next trigger runs again", e);
    }
  }

  private boolean takePending() {
    synchronized (lock) {
      if (pending && !closed) {
        pending = false;
        return true;
      }
      running = false;
      pending = false;
      lock.notifyAll();
      return false;
    }
  }

  private void markIdle() {
    synchronized (lock) {
      running = false;
      pending = false;
      lock.notifyAll();
    }
  }
}
