package io.gatehouse.core.port;

import io.gatehouse.core.audit.AuditEvent;
import io.gatehouse.core.request.RequestKey;
import java.util.List;

/** An append-only record of every decision and step. */
public interface AuditTrail {

  /**
   * Appends an event. Throws when it cannot be kept, since a step that cannot be audited must not
   * go unnoticed.
   */
  void record(AuditEvent event);

  /** The events of one request, oldest first. */
  List<AuditEvent> eventsFor(RequestKey key);
}
