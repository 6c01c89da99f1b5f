package io.gatehouse.jira;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each HTTP exchange at DEBUG: method, path, status and time. Never headers (so never {@code
 * Authorization}) and never bodies, which carry personal data.
 */
final class LoggingInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger(LoggingInterceptor.class);

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long started = System.nanoTime();
    Response response = chain.proceed(request);
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "JSM {} {} -> {} in {} ms",
          request.method(),
          request.url().encodedPath(),
          response.code(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
    return response;
  }
}
