package io.gatehouse.core.fakes;

import io.gatehouse.core.audit.AuditEvent;
import io.gatehouse.core.port.AuditTrail;
import io.gatehouse.core.request.RequestKey;
import java.util.ArrayList;
import java.util.List;

/** An audit trail in memory. */
public final class InMemoryAuditTrail implements AuditTrail {
  private final List<AuditEvent> events = new ArrayList<>();

  @Override
  public synchronized void record(AuditEvent event) {
    events.add(event);
  }

  @Override
  public synchronized List<AuditEvent> eventsFor(RequestKey key) {
    return events.stream().filter(event -> key.equals(event.requestKey())).toList();
  }

  public synchronized List<AuditEvent> events() {
    return List.copyOf(events);
  }
}
