package io.gatehouse.testkit.okta;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A stored group with its members' ids; mutated only while holding the state lock. */
final class GroupRecord {
  final String id;
  final String name;
  final String description;
  final GroupType type;
  final Instant created;
  final Set<String> memberIds = new LinkedHashSet<>();
  Instant lastMembershipUpdated;

  GroupRecord(String id, String name, String description, GroupType type, Instant created) {
    this.id = id;
    this.name = name;
    this.description = description;
    this.type = type;
    this.created = created;
    this.lastMembershipUpdated = created;
  }
}
