package io.gatehouse.core.catalog;

import io.gatehouse.core.config.ConfigSection;
import io.gatehouse.core.directory.CredentialDelivery;
import io.gatehouse.core.directory.NewUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the {@code requestTypes} list of a configuration document into a catalog; the format is in
 * docs/request-types.md. Every runtime reads request types with this one reader, so a catalog that
 * works in one works the same in the others.
 */
public final class CatalogReader {
  private static final Pattern FIELD_ID = Pattern.compile("summary|description|customfield_[0-9]+");
  private static final Pattern DOMAIN =
      Pattern.compile("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
  private static final Pattern REQUEST_TYPE_ID = Pattern.compile("[1-9][0-9]{0,9}");
  private static final Pattern PROFILE_ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Map<String, Role> ROLES =
      Map.of(
          "login", Role.LOGIN,
          "email", Role.EMAIL,
          "firstName", Role.FIRST_NAME,
          "lastName", Role.LAST_NAME,
          "groups", Role.GROUPS);
  private static final List<String> KEYS =
      List.of(
          "id",
          "name",
          "action",
          "credentialDelivery",
          "fields",
          "profile",
          "defaultGroups",
          "allowedGroups",
          "allowedEmailDomains",
          "approval",
          "infrastructureStage");
  private static final List<String> APPROVAL_KEYS =
      List.of("required", "minimumApprovers", "allowedApprovers", "allowedApproverGroups");
  private static final String ACTIONS =
      Arrays.stream(Action.values())
          .map(Action::configName)
          .collect(Collectors.joining(", ", "one of ", ""));

  private CatalogReader() {}

  /**
   * The request types the document lists. Problems are noted with their keys; a request type with
   * any problem is left out of the catalog.
   */
  public static Catalog read(ConfigSection document) {
    if (!document.hasItems("requestTypes")) {
      document.problem("requestTypes", "must list at least one request type");
      return new Catalog(List.of());
    }
    List<RequestType> types = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ConfigSection section : document.sections("requestTypes")) {
      requestType(section)
          .ifPresent(
              type -> {
                if (ids.add(type.id())) {
                  types.add(type);
                } else {
                  section.problem("id", "request type " + type.id() + " is listed twice");
                }
              });
    }
    return new Catalog(types);
  }

  private static Optional<RequestType> requestType(ConfigSection section) {
    section.onlyKeys(KEYS);
    int before = section.problemCount();

    Optional<String> id = section.text("id", true);
    // As the service desk writes ids: "025" would never match a request, and would be read as
    // octal 21 by a YAML 1.1 parser if left unquoted.
    id.filter(value -> !REQUEST_TYPE_ID.matcher(value).matches())
        .ifPresent(value -> section.problem("id", "must be the numeric request type id"));
    String name = section.text("name", id.orElse("?"));
    Action action = action(section);
    CredentialDelivery delivery = delivery(section);
    Optional<ConfigSection> fieldsSection = section.requiredSection("fields");
    Map<Role, String> fields = fieldsSection.map(f -> fields(f, action)).orElseGet(Map::of);
    Map<String, String> profile = profile(section.section("profile"));
    List<String> defaultGroups = section.texts("defaultGroups");
    List<String> allowedGroups = section.texts("allowedGroups");
    List<String> domains = domains(section);
    if (action != Action.ONBOARD && allowedGroups.isEmpty() && namesGroups(action)) {
      section.problem(
          "allowedGroups",
          "must list the groups requests may name, for action " + action.configName());
    }
    if (action == Action.ONBOARD && allowedGroups.isEmpty() && fields.containsKey(Role.GROUPS)) {
      section.problem(
          "allowedGroups",
          "must list the groups requests may name, since fields.groups is mapped; without it every"
              + " request naming a group would be refused");
    }
    refuseUnused(section, fieldsSection, action);
    ApprovalRule approval = approval(section.section("approval"));
    boolean infrastructure =
        section.bool("infrastructureStage", RequestType.startsInfrastructureByDefault(action));

    if (section.problemCount() > before || id.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new RequestType(
            id.get(),
            name,
            action,
            fields,
            profile,
            defaultGroups,
            Set.copyOf(allowedGroups),
            Set.copyOf(domains),
            delivery,
            approval,
            infrastructure));
  }

  private static Action action(ConfigSection section) {
    String value = section.text("action", "");
    if (value.isEmpty()) {
      section.problem("action", "is required; " + ACTIONS);
      return Action.ONBOARD;
    }
    try {
      return Action.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      section.problem("action", "'" + value + "' is not an action; " + ACTIONS);
      return Action.ONBOARD;
    }
  }

  private static CredentialDelivery delivery(ConfigSection section) {
    String value = section.text("credentialDelivery", "temporary-password");
    return switch (value) {
      case "temporary-password" -> CredentialDelivery.TEMPORARY_PASSWORD;
      case "activation-email" -> CredentialDelivery.ACTIVATION_EMAIL;
      default -> {
        section.problem(
            "credentialDelivery",
            "'" + value + "' is not known; use temporary-password or activation-email");
        yield CredentialDelivery.TEMPORARY_PASSWORD;
      }
    };
  }

  private static Map<Role, String> fields(ConfigSection section, Action action) {
    Map<Role, String> fields = new EnumMap<>(Role.class);
    section.onlyKeys(ROLES.keySet().stream().sorted().toList());
    ROLES.forEach((key, role) -> fieldId(section, key).ifPresent(id -> fields.put(role, id)));
    for (Role role : required(action)) {
      String key = keyOf(role);
      // A key that is present but wrong has had its own problem noted already.
      if (!section.has(key)) {
        section.problem(key, "is required for action " + action.configName());
      }
    }
    if (action != Action.ONBOARD && !section.has("login") && !section.has("email")) {
      section.problem(
          "login",
          "is required for action " + action.configName() + " (or email), to name the account");
    }
    return fields;
  }

  private static boolean namesGroups(Action action) {
    return action == Action.ONBOARD
        || action == Action.GRANT_GROUPS
        || action == Action.REVOKE_GROUPS;
  }

  /** Notes settings the action never reads, which would otherwise look as if they took effect. */
  private static void refuseUnused(
      ConfigSection section, Optional<ConfigSection> fieldsSection, Action action) {
    String unused = "is not used by action " + action.configName();
    List<String> unusedFields = new ArrayList<>();
    if (action != Action.ONBOARD) {
      for (String key : List.of("defaultGroups", "profile")) {
        if (section.has(key)) {
          section.problem(key, unused);
        }
      }
      unusedFields.addAll(List.of("firstName", "lastName"));
    }
    if (!namesGroups(action)) {
      unusedFields.add("groups");
      if (section.has("allowedGroups")) {
        section.problem("allowedGroups", unused);
      }
    }
    if (action != Action.ONBOARD
        && action != Action.RESET_PASSWORD
        && section.has("credentialDelivery")) {
      section.problem("credentialDelivery", unused);
    }
    fieldsSection.ifPresent(
        fields ->
            unusedFields.stream().filter(fields::has).forEach(key -> fields.problem(key, unused)));
  }

  /** The roles an action needs besides the account's login, which every action needs. */
  private static List<Role> required(Action action) {
    return switch (action) {
      case ONBOARD -> List.of(Role.EMAIL, Role.FIRST_NAME, Role.LAST_NAME);
      case OFFBOARD, RESET_PASSWORD, UNLOCK, SUSPEND, UNSUSPEND -> List.of();
      case GRANT_GROUPS, REVOKE_GROUPS -> List.of(Role.GROUPS);
    };
  }

  private static String keyOf(Role role) {
    return ROLES.entrySet().stream()
        .filter(entry -> entry.getValue() == role)
        .findFirst()
        .orElseThrow()
        .getKey();
  }

  private static Map<String, String> profile(ConfigSection section) {
    Map<String, String> profile = new LinkedHashMap<>();
    for (String attribute : section.names()) {
      if (!PROFILE_ATTRIBUTE.matcher(attribute).matches()) {
        section.problem(attribute, "is not an Okta profile attribute name");
      } else if (NewUser.FIXED_ATTRIBUTES.stream().anyMatch(attribute::equalsIgnoreCase)) {
        section.problem(
            attribute,
            "is set from the checked fields.login, email, firstName and lastName; map the field"
                + " there instead");
      } else {
        fieldId(section, attribute).ifPresent(id -> profile.put(attribute, id));
      }
    }
    return profile;
  }

  private static Optional<String> fieldId(ConfigSection section, String key) {
    Optional<String> id = section.text(key, false);
    if (id.isPresent() && !FIELD_ID.matcher(id.get()).matches()) {
      section.problem(
          key,
          "'" + id.get() + "' is not a field id; use ids such as customfield_10071, never labels");
      return Optional.empty();
    }
    return id;
  }

  private static List<String> domains(ConfigSection section) {
    List<String> domains = section.texts("allowedEmailDomains");
    for (int i = 0; i < domains.size(); i++) {
      if (!DOMAIN.matcher(domains.get(i)).matches()) {
        section.problem(
            "allowedEmailDomains[" + i + "]",
            "'" + domains.get(i) + "' is not a domain name such as acme.example");
      }
    }
    return domains;
  }

  private static ApprovalRule approval(ConfigSection section) {
    section.onlyKeys(APPROVAL_KEYS);
    boolean required = section.bool("required", true);
    int minimum = section.integer("minimumApprovers", required ? 1 : 0, 0, 10);
    if (required && minimum < 1) {
      section.problem("minimumApprovers", "must be at least 1 when required");
      minimum = 1;
    }
    List<String> accounts = section.texts("allowedApprovers");
    for (int i = 0; i < accounts.size(); i++) {
      if (accounts.get(i).contains("@")) {
        section.problem(
            "allowedApprovers[" + i + "]",
            "'"
                + accounts.get(i)
                + "' is an e-mail address; list Jira account ids, as shown in the person's profile"
                + " URL");
      }
    }
    List<String> groups = section.texts("allowedApproverGroups");
    if (!required) {
      for (String key : List.of("minimumApprovers", "allowedApprovers", "allowedApproverGroups")) {
        if (section.has(key)) {
          section.problem(key, "applies only when approval.required is true");
        }
      }
    }
    return new ApprovalRule(required, minimum, Set.copyOf(accounts), Set.copyOf(groups));
  }
}
