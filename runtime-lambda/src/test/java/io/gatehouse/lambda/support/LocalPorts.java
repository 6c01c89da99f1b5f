package io.gatehouse.lambda.support;

import com.google.inject.AbstractModule;
import io.gatehouse.core.audit.AuditEvent;
import io.gatehouse.core.port.AuditTrail;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.SecretUnavailableException;
import io.gatehouse.core.port.TaskRunner;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.core.secret.Secret;
import io.gatehouse.core.secret.SecretRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Local stand-ins for every port adapters-aws implements, bound in place of {@code AwsPortsModule}.
 * One instance may back several graphs, as one table backs several containers.
 */
public final class LocalPorts extends AbstractModule {
  public final InMemoryLedger ledger = new InMemoryLedger();
  public final RecordingNotifier notifier = new RecordingNotifier();
  public final RecordingTaskRunner tasks = new RecordingTaskRunner();
  public final List<AuditEvent> audit = Collections.synchronizedList(new ArrayList<>());
  private final Map<SecretRef, String> secrets = new ConcurrentHashMap<>();

  /** Puts a value into the stand-in secret store. */
  public LocalPorts secret(SecretRef ref, String value) {
    secrets.put(ref, value);
    return this;
  }

  @Override
  protected void configure() {
    bind(Ledger.class).toInstance(ledger);
    bind(Notifier.class).toInstance(notifier);
    bind(TaskRunner.class).toInstance(tasks);
    bind(AuditTrail.class)
        .toInstance(
            new AuditTrail() {
              @Override
              public void record(AuditEvent event) {
                audit.add(event);
              }

              @Override
              public List<AuditEvent> eventsFor(RequestKey key) {
                synchronized (audit) {
                  return audit.stream().filter(e -> key.equals(e.requestKey())).toList();
                }
              }
            });
    bind(SecretStore.class)
        .toInstance(
            ref -> {
              String value = secrets.get(ref);
              if (value == null) {
                throw new SecretUnavailableException(ref, "not in the stand-in store");
              }
              return Secret.of(value);
            });
  }
}
