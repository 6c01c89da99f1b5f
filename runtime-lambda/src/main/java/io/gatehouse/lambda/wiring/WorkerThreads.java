package io.gatehouse.lambda.wiring;

import java.util.Map;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.MDC;

/**
 * Makes the job's worker threads: daemons named {@code gatehouse-request-N}, each starting with the
 * log keys of the invocation that made it (such as {@code awsRequestId}), so that every line a
 * worker writes can be traced to its invocation. The job starts its workers during a run and shuts
 * them down before the run returns.
 */
final class WorkerThreads implements ThreadFactory {
  private final AtomicInteger made = new AtomicInteger();

  @Override
  public Thread newThread(Runnable work) {
    Map<String, String> invocation = MDC.getCopyOfContextMap();
    Runnable traced =
        () -> {
          if (invocation != null) {
            MDC.setContextMap(invocation);
          }
          try {
            work.run();
          } finally {
            MDC.clear();
          }
        };
    Thread thread = new Thread(traced, "gatehouse-request-" + made.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }
}
