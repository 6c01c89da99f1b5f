package io.gatehouse.http.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.gatehouse.core.audit.AuditEvent;
import io.gatehouse.core.port.AuditTrail;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.core.secret.SecretRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalAdaptersModuleTest {
  private static final RequestKey KEY = RequestKey.of("ITS-3");
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  @TempDir Path folder;

  @Test
  void module_bindsEveryLocalPort_onOneDatabaseFile() throws Exception {
    Files.writeString(folder.resolve("token"), "value\n");
    Injector injector =
        Guice.createInjector(new LocalAdaptersModule(folder.resolve("gatehouse.db"), folder));

    Ledger ledger = injector.getInstance(Ledger.class);
    AuditTrail trail = injector.getInstance(AuditTrail.class);
    ledger.claim(KEY, "run-1", T0, Duration.ofMinutes(1)).orElseThrow();
    trail.record(new AuditEvent(T0, "run-1", KEY, "request.seen", ""));

    assertThat(injector.getInstance(Ledger.class)).isSameAs(ledger);
    assertThat(trail.eventsFor(KEY)).hasSize(1);
    assertThat(
            LocalAdapters.ledger(folder.resolve("gatehouse.db"))
                .claim(KEY, "run-2", T0, Duration.ofMinutes(1)))
        .isEmpty();
    assertThat(injector.getInstance(SecretStore.class).read(SecretRef.parse("file:token")).length())
        .isEqualTo(5);
    assertThat(injector.getInstance(Notifier.class)).isInstanceOf(LogNotifier.class);
  }
}
