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
 * @param infrastructureStage whether a provisioned request of this type goes on to the
 *     infrastructure stage (the Atlantis task, where the runtime has one)
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
    ApprovalRule approval,
    boolean infrastructureStage) {

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

  /** A request type going on to the infrastructure stage as its action does by default. */
  public RequestType(
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
    this(
        id,
        name,
        action,
        fields,
        profileFields,
        defaultGroups,
        allowedGroups,
        allowedEmailDomains,
        credentialDelivery,
        approval,
        startsInfrastructureByDefault(action));
  }

  /**
   * Whether an action goes on to the infrastructure stage unless its request type says otherwise: a
   * new account and a leaver's do, since infrastructure is usually set up and torn down with them;
   * changes to an existing account's groups or status do not.
   */
  public static boolean startsInfrastructureByDefault(Action action) {
    return action == Action.ONBOARD || action == Action.OFFBOARD;
  }

  /** The field id playing a role, empty when the type does not map it. */
  public Optional<String> fieldFor(Role role) {
    return Optional.ofNullable(fields.get(role));
  }
}
