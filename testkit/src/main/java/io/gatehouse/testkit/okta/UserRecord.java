package io.gatehouse.testkit.okta;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** A stored user; mutated only while holding the simulator's state lock. */
final class UserRecord {
  final String id;
  final Instant created;
  ObjectNode profile;
  OktaUserStatus status;
  boolean hasPassword;
  Instant activated;
  Instant statusChanged;
  Instant lastUpdated;
  Instant passwordChanged;

  UserRecord(String id, ObjectNode profile, OktaUserStatus status, Instant now) {
    this.id = id;
    this.created = now;
    this.profile = profile;
    this.status = status;
    this.lastUpdated = now;
    this.statusChanged = status == OktaUserStatus.STAGED ? null : now;
    this.activated = status == OktaUserStatus.STAGED ? null : now;
  }

  String login() {
    return profile.path("login").asText();
  }

  void changeStatus(OktaUserStatus next, Instant now) {
    status = next;
    statusChanged = now;
    lastUpdated = now;
  }
}
