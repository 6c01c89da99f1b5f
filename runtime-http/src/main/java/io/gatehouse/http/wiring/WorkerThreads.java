package io.gatehouse.http.wiring;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names the job's worker threads {@code gatehouse-request-N}, so that log lines show which worker
 * wrote them, and makes them daemons, so that a run stuck in a remote call never keeps the process
 * from exiting. Safe for use by many threads.
 */
final class WorkerThreads implements ThreadFactory {
  private final AtomicInteger made = new AtomicInteger();

  @Override
  public Thread newThread(Runnable work) {
    Thread thread = new Thread(work, "gatehouse-request-" + made.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }
}
