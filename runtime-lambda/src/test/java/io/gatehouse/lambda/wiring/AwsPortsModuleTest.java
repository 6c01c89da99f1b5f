package io.gatehouse.lambda.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.google.inject.Key;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.TaskRunner;
import io.gatehouse.lambda.config.AlertSettings;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The alert graph binds the real adapters at cold start without calling AWS. */
class AwsPortsModuleTest {

  @Test
  void alertGraph_bindsTheSecretStoreAndTheSlackNotifier_withoutCallingAws() {
    AlertSettings settings = new AlertSettings("eu-west-1", "gatehouse/prod");
    AwsAccess access = AwsAccess.lambda("eu-west-1");

    Injector graph = Graphs.alert(AwsPortsModule.forAlerts(settings, access));

    assertThat(graph.getInstance(SecretStore.class).getClass().getName())
        .contains("SecretsManager");
    assertThat(graph.getInstance(Notifier.class).getClass().getName()).contains("Slack");
    assertThat(graph.getExistingBinding(Key.get(TaskRunner.class))).isNull();
  }

  @Test
  void access_sendsAServiceToItsLocalEndpoint_andTheOthersToTheRegion() {
    AwsAccess access =
        new AwsAccess(
            "eu-west-1",
            AwsAccess.lambda("eu-west-1").credentials(),
            Map.of("ecs", URI.create("http://127.0.0.1:9")));

    assertThat(access.connection("ecs").endpointOverride()).isPresent();
    assertThat(access.connection("dynamodb").endpointOverride()).isEmpty();
    assertThat(access.connection("dynamodb").region()).isEqualTo("eu-west-1");
  }
}
