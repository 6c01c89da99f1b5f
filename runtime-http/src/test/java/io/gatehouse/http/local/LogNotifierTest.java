package io.gatehouse.http.local;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.gatehouse.core.port.Alert;
import io.gatehouse.core.request.RequestKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class LogNotifierTest {
  private final Logger logger = (Logger) LoggerFactory.getLogger(LogNotifier.LOGGER_NAME);
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  @BeforeEach
  void attach() {
    appender.start();
    logger.addAppender(appender);
  }

  @AfterEach
  void detach() {
    logger.detachAppender(appender);
    MDC.clear();
  }

  @Test
  void alert_logsAtError_withRequestKeyAndCorrelationId() {
    Alert alert = new Alert("group not found", "no group Sales", RequestKey.of("ITS-9"), "run-7");

    new LogNotifier().alert(alert);

    assertThat(appender.list).hasSize(1);
    ILoggingEvent event = appender.list.get(0);
    assertThat(event.getLevel()).isEqualTo(Level.ERROR);
    assertThat(event.getFormattedMessage()).contains("group not found", "no group Sales");
    assertThat(event.getMDCPropertyMap())
        .containsEntry("requestKey", "ITS-9")
        .containsEntry("correlationId", "run-7");
  }

  @Test
  void alert_restoresTheCallersMdc() {
    MDC.put("requestKey", "ITS-1");
    MDC.put("correlationId", "run-1");

    new LogNotifier().alert(new Alert("run failed", "", null, "run-2"));

    assertThat(appender.list.get(0).getMDCPropertyMap())
        .doesNotContainKey("requestKey")
        .containsEntry("correlationId", "run-2");
    assertThat(MDC.get("requestKey")).isEqualTo("ITS-1");
    assertThat(MDC.get("correlationId")).isEqualTo("run-1");
  }
}
