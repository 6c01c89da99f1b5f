package io.gatehouse.core.catalog;

import io.gatehouse.core.directory.CredentialDelivery;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A request type of the service desk that Gatehouse handles, and how.
 *
 * @param id the service desk's request type id
 * @param name a name for people, used in comments and logs
 * @param action what Gatehouse does for an approved request
 * @param fields which request field, by field id (never by label), plays which role
 * @param profileFields further directory profile attributes by name, each from a field id
 * @param defaultGroups groups every request of this type gets, in this order
 * @param allowedGroups the only groups a request may ask for; a request naming another is refused
 *     before any directory call
 * @param allowedEmailDomains the domains a work e-mail may have; empty means any
 * @param credentialDelivery how a new account's first credential reaches its owner
 * @param approval how requests of this type must be approved
 */
public record RequestType(
    String id,
    String name,
    Action action,
    Map<Role, String> fields,
    Map<String, String> profileFields,
    List<String> defaultGroups,
    Set<String> allowedGroups,
    Set<String> allowedEmailDomains,
    CredentialDelivery credentialDelivery,
    ApprovalRule approval) {

  public RequestType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(action, "action");
    fields = Map.copyOf(fields);
    profileFields = Map.copyOf(profileFields);
    defaultGroups = List.copyOf(defaultGroups);
    allowedGroups = Set.copyOf(allowedGroups);
    allowedEmailDomains =
        Set.copyOf(allowedEmailDomains.stream().map(domain -> domain.toLowerCase()).toList());
    Objects.requireNonNull(credentialDelivery, "credentialDelivery");
    Objects.requireNonNull(approval, "approval");
  }

  /** The field id playing a role, empty when the type does not map it. */
  public Optional<String> fieldFor(Role role) {
    return Optional.ofNullable(fields.get(role));
  }
}
