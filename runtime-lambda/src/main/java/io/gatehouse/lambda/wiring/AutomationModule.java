package io.gatehouse.lambda.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.gatehouse.lambda.config.AutomationSettings;
import io.gatehouse.lambda.handoff.LambdaInvokeHandOff;
import io.gatehouse.lambda.handoff.RunHandOff;
import java.security.SecureRandom;
import java.util.Objects;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The automation function's graph: a hand-off to the provisioning function and correlation ids.
 * Deliberately nothing else, so the webhook's cold start loads neither Jira nor Okta. Expects a
 * {@link LambdaClient} from {@link AwsClientsModule}.
 */
public final class AutomationModule extends AbstractModule {
  private final AutomationSettings settings;

  public AutomationModule(AutomationSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Provides
  @Singleton
  RunHandOff handOff(LambdaClient lambda) {
    return new LambdaInvokeHandOff(lambda, settings.workerFunction());
  }

  @Provides
  @Singleton
  RunIds runIds() {
    return new RunIds(new SecureRandom());
  }
}
