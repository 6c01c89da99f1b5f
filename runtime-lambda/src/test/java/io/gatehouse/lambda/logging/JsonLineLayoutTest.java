package io.gatehouse.lambda.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class JsonLineLayoutTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

  @Test
  void event_isOneJsonObjectOnOneLine_withTheMdcKeysAtTheTop() throws Exception {
    LoggingEvent event = event("first line\nsecond line", null);
    event.setMDCPropertyMap(Map.of("requestKey", "ITS-101", "correlationId", "run-0a1b"));

    String line = new JsonLineLayout().doLayout(event);

    assertThat(line).endsWith("\n").doesNotContain("\nsecond");
    JsonNode json = JSON.readTree(line);
    assertThat(json.path("level").asText()).isEqualTo("ERROR");
    assertThat(json.path("message").asText()).isEqualTo("first line\nsecond line");
    assertThat(json.path("requestKey").asText()).isEqualTo("ITS-101");
    assertThat(json.path("correlationId").asText()).isEqualTo("run-0a1b");
  }

  @Test
  void exception_isKeptInOneField_ofTheSameLine() throws Exception {
    String line =
        new JsonLineLayout()
            .doLayout(event("failed", new IllegalStateException("Okta answered 503")));

    assertThat(line.strip()).doesNotContain("\n");
    assertThat(JSON.readTree(line).path("exception").asText())
        .contains("IllegalStateException: Okta answered 503");
  }

  private LoggingEvent event(String message, Throwable thrown) {
    return new LoggingEvent(
        "io.gatehouse.Test",
        context.getLogger("io.gatehouse.Test"),
        Level.ERROR,
        message,
        thrown,
        null);
  }
}
