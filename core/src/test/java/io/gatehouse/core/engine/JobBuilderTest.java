package io.gatehouse.core.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.core.fakes.FakeDirectory;
import io.gatehouse.core.fakes.FakeServiceDesk;
import io.gatehouse.core.fakes.InMemoryAuditTrail;
import io.gatehouse.core.fakes.InMemoryLedger;
import io.gatehouse.core.fakes.MutableClock;
import io.gatehouse.core.fakes.RecordingNotifier;
import io.gatehouse.core.password.TemporaryPasswordGenerator;
import io.gatehouse.core.port.LogContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobBuilderTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "-PT16M"})
  void leaseThatLapsesAsItIsTaken_isRefused(String lease) {
    ProcessApprovedRequests.Builder builder =
        ProcessApprovedRequests.builder()
            .desk(new FakeServiceDesk())
            .directory(new FakeDirectory(clock))
            .ledger(new InMemoryLedger())
            .audit(new InMemoryAuditTrail())
            .notifier(new RecordingNotifier())
            .catalog(new Catalog(List.of()))
            .passwords(new TemporaryPasswordGenerator(new SecureRandom()))
            .clock(clock)
            .correlationIds(() -> "run-1")
            .logContext(LogContext.NONE)
            .lease(Duration.parse(lease));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lease");
  }
}
