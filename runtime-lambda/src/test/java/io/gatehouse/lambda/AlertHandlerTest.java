package io.gatehouse.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import io.gatehouse.core.port.Alert;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.lambda.support.Events;
import io.gatehouse.lambda.support.LocalPorts;
import io.gatehouse.lambda.support.TestContext;
import io.gatehouse.lambda.wiring.Graphs;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** SNS notifications through the alert function's real entry point, with event fixtures. */
class AlertHandlerTest {
  private final LocalPorts ports = new LocalPorts();
  private final AlertHandler handler = new AlertHandler(Graphs.alert(ports));

  @Test
  void cloudWatchAlarm_becomesOneAlert_namingTheAlarmItsStateAndWhy() {
    Alert alert = alertFor("sns-cloudwatch-alarm.json");

    assertThat(alert.title()).isEqualTo("CloudWatch alarm gatehouse-errors is ALARM");
    assertThat(alert.detail()).contains("Threshold Crossed").contains("Gatehouse logged an ERROR");
    assertThat(alert.correlationId()).isEqualTo("95df01b4-ee98-5cb9-9903-4c221d41eb5e");
    assertThat(alert.request()).isEmpty();
  }

  @Test
  void stoppedAtlantisTask_becomesAnAlert_withTheRequestKeyAndTheRunsCorrelationId() {
    Alert alert = alertFor("sns-eventbridge-ecs-stopped.json");

    assertThat(alert.title()).isEqualTo("ECS Task State Change for ITS-101: STOPPED, exit code 1");
    assertThat(alert.request()).contains(RequestKey.of("ITS-101"));
    assertThat(alert.correlationId()).isEqualTo("run-3f9a1c2b7d4e");
    assertThat(alert.detail()).contains("Essential container in task exited");
  }

  @Test
  void workerRunThatFailedAfterItsRetries_becomesAnAlert_withTheRunsCorrelationId() {
    Alert alert = alertFor("sns-lambda-destination-failure.json");

    assertThat(alert.title()).isEqualTo("Gatehouse worker run failed: gatehouse-provisioning");
    assertThat(alert.detail()).startsWith("RetriesExhausted after 3 attempts");
    assertThat(alert.correlationId()).isEqualTo("run-0a1b2c3d4e5f");
  }

  @Test
  void plainTextNotification_becomesAnAlert_titledWithItsSubject() {
    Alert alert = alertFor("sns-plain-text.json");

    assertThat(alert.title()).isEqualTo("Gatehouse operator note");
    assertThat(alert.detail()).isEqualTo("Atlantis queue is backing up");
  }

  @Test
  void alert_leavesNoLogContextBehind() {
    alertFor("sns-eventbridge-ecs-stopped.json");

    assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
  }

  private Alert alertFor(String fixture) {
    handler.handleRequest(Events.read(fixture, SNSEvent.class), new TestContext("req-alert"));
    assertThat(ports.notifier.alerts()).hasSize(1);
    return ports.notifier.alerts().get(0);
  }
}
