package io.gatehouse.core.request;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An open customer request as Gatehouse read it from the service desk.
 *
 * @param key the request key, such as {@code ITS-42}
 * @param requestTypeId the service desk's id of the request type
 * @param reporter who raised the request
 * @param fields the provided field values by field id ({@code summary}, {@code customfield_10071});
 *     a field that was left empty or is hidden from the caller is absent
 * @param created when the request was raised
 * @param unreadableFields fields the request has but Gatehouse's account could not read, such as a
 *     field hidden from the portal that the account may not see either; each is absent from {@code
 *     fields}
 */
public record ServiceRequest(
    RequestKey key,
    String requestTypeId,
    Person reporter,
    Map<String, FieldValue> fields,
    Instant created,
    Set<String> unreadableFields) {

  public ServiceRequest {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(requestTypeId, "requestTypeId");
    Objects.requireNonNull(reporter, "reporter");
    fields = Map.copyOf(fields);
    Objects.requireNonNull(created, "created");
    unreadableFields = Set.copyOf(unreadableFields);
  }

  /** A request whose every field could be read. */
  public ServiceRequest(
      RequestKey key,
      String requestTypeId,
      Person reporter,
      Map<String, FieldValue> fields,
      Instant created) {
    this(key, requestTypeId, reporter, fields, created, Set.of());
  }

  /** Whether the request has this field but Gatehouse's account could not read it. */
  public boolean isUnreadable(String fieldId) {
    return unreadableFields.contains(fieldId);
  }

  /** The value of a field, empty when it was not provided. */
  public Optional<FieldValue> field(String fieldId) {
    return Optional.ofNullable(fields.get(fieldId));
  }
}
