package io.gatehouse.testkit.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request's live state inside the simulator. Guarded by the {@link JsmState} lock. */
final class StoredRequest {
  private final JsmRequest seed;
  private final String issueId;
  private final Instant created;
  private final List<JsmApproval> approvals = new ArrayList<>();
  private final List<JsmComment> comments = new ArrayList<>();
  private final Map<String, JsonNode> properties = new LinkedHashMap<>();
  private JsmStatus status;
  private Instant statusDate;
  private long lastActivity;

  StoredRequest(JsmRequest seed, String issueId, Instant created, long activity) {
    this.seed = seed;
    this.issueId = issueId;
    this.created = created;
    this.status = seed.status();
    this.statusDate = created;
    this.lastActivity = activity;
  }

  JsmRequest seed() {
    return seed;
  }

  String issueId() {
    return issueId;
  }

  Instant created() {
    return created;
  }

  JsmStatus status() {
    return status;
  }

  Instant statusDate() {
    return statusDate;
  }

  long lastActivity() {
    return lastActivity;
  }

  List<JsmApproval> approvals() {
    return approvals;
  }

  List<JsmComment> comments() {
    return comments;
  }

  /** Issue properties by key. */
  Map<String, JsonNode> properties() {
    return properties;
  }

  void moveTo(JsmStatus next, Instant at, long activity) {
    status = next;
    statusDate = at;
    lastActivity = activity;
  }

  void touch(long activity) {
    lastActivity = activity;
  }
}
