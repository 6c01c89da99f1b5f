package io.gatehouse.lambda.wiring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.CreationException;
import io.gatehouse.lambda.config.AlertSettings;
import org.junit.jupiter.api.Test;

/**
 * Until adapters-aws provides its classes, a deployed function fails at cold start naming every
 * port that is not bound, all at once, rather than at its first use.
 */
class AwsPortsModuleTest {

  @Test
  void alertGraph_namesEveryUnboundPort_atColdStart() {
    AlertSettings settings = new AlertSettings("eu-west-1", "gatehouse/prod");

    assertThatThrownBy(() -> Graphs.alert(AwsPortsModule.forAlerts(settings)))
        .isInstanceOf(CreationException.class)
        .hasMessageContaining("SecretStore is not bound")
        .hasMessageContaining("secret gatehouse/prod")
        .hasMessageContaining("Notifier is not bound");
  }
}
