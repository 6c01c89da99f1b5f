package io.gatehouse.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.gatehouse.core.port.Alert;
import io.gatehouse.core.port.Notifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllNotifiersTest {

  @Test
  void alert_reachesEveryNotifier_evenAfterOneThrows() {
    List<Alert> received = new ArrayList<>();
    Notifier broken =
        alert -> {
          throw new IllegalStateException("broken on purpose");
        };
    Alert alert = new Alert("Okta unreachable", "", null, "run-1");

    assertThatCode(() -> AllNotifiers.of(broken, received::add).alert(alert))
        .doesNotThrowAnyException();

    assertThat(received).containsExactly(alert);
  }
}
