package io.gatehouse.testkit.jsm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A customer request to seed.
 *
 * @param key the issue key, such as {@code ITS-42}; its project must match the desk's
 * @param serviceDeskId the desk the request belongs to
 * @param requestTypeId the request type, which must belong to the desk
 * @param reporterAccountId who raised it; a seeded account
 * @param participantAccountIds who else takes part
 * @param fields the field values in the order the portal lists them
 * @param status the current status
 * @param created when it was raised; null means the simulator's clock at seeding time
 */
public record JsmRequest(
    String key,
    String serviceDeskId,
    String requestTypeId,
    String reporterAccountId,
    Set<String> participantAccountIds,
    List<JsmField> fields,
    JsmStatus status,
    Instant created) {

  public JsmRequest {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(serviceDeskId, "serviceDeskId");
    Objects.requireNonNull(requestTypeId, "requestTypeId");
    Objects.requireNonNull(reporterAccountId, "reporterAccountId");
    participantAccountIds = Set.copyOf(participantAccountIds);
    fields = List.copyOf(fields);
    Objects.requireNonNull(status, "status");
  }

  public static Builder builder(String key) {
    return new Builder(key);
  }

  /** Builds a request to seed; desk, request type and reporter are required. */
  public static final class Builder {
    private final String key;
    private String serviceDeskId;
    private String requestTypeId;
    private String reporterAccountId;
    private final List<String> participants = new ArrayList<>();
    private final List<JsmField> fields = new ArrayList<>();
    private JsmStatus status = JsmStatus.open("Waiting for support");
    private Instant created;

    private Builder(String key) {
      this.key = key;
    }

    public Builder desk(String serviceDeskId) {
      this.serviceDeskId = serviceDeskId;
      return this;
    }

    public Builder type(String requestTypeId) {
      this.requestTypeId = requestTypeId;
      return this;
    }

    public Builder reporter(String accountId) {
      this.reporterAccountId = accountId;
      return this;
    }

    public Builder participant(String accountId) {
      participants.add(accountId);
      return this;
    }

    public Builder field(JsmField field) {
      fields.add(field);
      return this;
    }

    public Builder summary(String text) {
      return field(JsmField.text("summary", "What do you need?", text));
    }

    public Builder status(JsmStatus status) {
      this.status = status;
      return this;
    }

    public Builder created(Instant created) {
      this.created = created;
      return this;
    }

    public JsmRequest build() {
      return new JsmRequest(
          key,
          serviceDeskId,
          requestTypeId,
          reporterAccountId,
          Set.copyOf(participants),
          fields,
          status,
          created);
    }
  }
}
