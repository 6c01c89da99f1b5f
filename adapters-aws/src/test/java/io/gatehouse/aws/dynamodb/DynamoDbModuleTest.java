package io.gatehouse.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.gatehouse.aws.testing.TestAws;
import io.gatehouse.core.audit.AuditEvent;
import io.gatehouse.core.port.AuditTrail;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.request.RequestKey;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@ExtendWith(DynaliteExtension.class)
class DynamoDbModuleTest {
  private static final RequestKey KEY = RequestKey.of("ITS-7");
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  @Test
  void module_bindsLedgerAndAuditTrail_onTheirTables(Dynalite dynalite) {
    DynamoDbClient admin = Tables.client(dynalite);
    DynamoDbSettings settings =
        new DynamoDbSettings(
            TestAws.connection(dynalite.endpoint()), Tables.ledger(admin), Tables.audit(admin));

    Injector injector = Guice.createInjector(new DynamoDbModule(settings, TestAws.credentials()));
    Ledger ledger = injector.getInstance(Ledger.class);
    AuditTrail audit = injector.getInstance(AuditTrail.class);
    audit.record(new AuditEvent(T0, "run-1", KEY, "request.decided", "approved"));

    assertThat(ledger).isSameAs(injector.getInstance(Ledger.class));
    assertThat(ledger.claim(KEY, "run-1", T0, Duration.ofMinutes(5))).isPresent();
    assertThat(audit.eventsFor(KEY))
        .extracting(AuditEvent::type)
        .containsExactly("request.decided");
  }

  @Test
  void settings_reportEveryProblem_withItsKey() {
    assertThatThrownBy(() -> new DynamoDbSettings(null, "x", "gatehouse-ledger"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aws.dynamoDb.region")
        .hasMessageContaining("aws.dynamoDb.ledgerTable");
    assertThatThrownBy(
            () -> new DynamoDbSettings(TestAws.connection(null), "gatehouse", "gatehouse"))
        .hasMessageContaining("aws.dynamoDb.auditTable must differ");
  }
}
