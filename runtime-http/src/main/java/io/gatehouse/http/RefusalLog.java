package io.gatehouse.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs refused webhook calls without letting a flood of them flood the log: the first refusal in a
 * window is logged at once, the rest are counted and summed up in the next window's line.
 */
final class RefusalLog {
  private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);

  private final String keyHeader;
  private final long windowNanos;
  private final LongSupplier nanoTime;
  private final AtomicLong windowStart = new AtomicLong(Long.MIN_VALUE);
  private final AtomicLong suppressed = new AtomicLong();

  RefusalLog(String keyHeader, Duration window, LongSupplier nanoTime) {
    this.keyHeader = keyHeader;
    this.windowNanos = window.toNanos();
    this.nanoTime = nanoTime;
  }

  void refused(String address) {
    long now = nanoTime.getAsLong();
    long start = windowStart.get();
    boolean newWindow =
        (start == Long.MIN_VALUE || now - start >= windowNanos)
            && windowStart.compareAndSet(start, now);
    if (!newWindow) {
      suppressed.incrementAndGet();
      return;
    }
    long earlier = suppressed.getAndSet(0);
    log.warn(
        "webhook call from {} refused: missing or wrong {} header{}; check the API key of the"
            + " calling rule",
        address,
        keyHeader,
        earlier == 0 ? "" : " (" + earlier + " more refused since the last such line)");
  }
}
