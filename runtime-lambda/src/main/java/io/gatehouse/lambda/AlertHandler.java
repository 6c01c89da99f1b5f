package io.gatehouse.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.google.inject.Injector;
import io.gatehouse.core.port.Alert;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.lambda.alert.AlertMessages;
import io.gatehouse.lambda.config.AlertSettings;
import io.gatehouse.lambda.config.LambdaSettings;
import io.gatehouse.lambda.wiring.AwsAccess;
import io.gatehouse.lambda.wiring.AwsPortsModule;
import io.gatehouse.lambda.wiring.Graphs;
import io.gatehouse.lambda.wiring.Invocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribed to the alert topic: each notification, a CloudWatch alarm or an EventBridge event such
 * as an Atlantis task that stopped, becomes one alert through the {@link Notifier} (Slack).
 */
public final class AlertHandler implements RequestHandler<SNSEvent, Void> {
  private static final Logger log = LoggerFactory.getLogger(AlertHandler.class);

  private final Notifier notifier;

  /** The entry point Lambda uses: reads the environment and builds the graph once per container. */
  public AlertHandler() {
    this(production(LambdaSettings.alert(System.getenv())));
  }

  /** A handler on a graph built elsewhere, such as with a stand-in notifier. */
  public AlertHandler(Injector graph) {
    this.notifier = graph.getInstance(Notifier.class);
  }

  private static Injector production(AlertSettings settings) {
    return Graphs.alert(AwsPortsModule.forAlerts(settings, AwsAccess.lambda(settings.region())));
  }

  @Override
  public Void handleRequest(SNSEvent event, Context context) {
    if (event == null || event.getRecords() == null) {
      return null;
    }
    for (SNSEvent.SNSRecord record : event.getRecords()) {
      SNSEvent.SNS sns = record.getSNS();
      try (Invocation invocation = Invocation.start(context)) {
        Alert alert = AlertMessages.toAlert(sns.getMessageId(), sns.getSubject(), sns.getMessage());
        invocation.put("correlationId", alert.correlationId());
        alert.request().ifPresent(key -> invocation.put("requestKey", key.value()));
        log.info("alert: {}", alert.title());
        notifier.alert(alert);
      }
    }
    return null;
  }
}
