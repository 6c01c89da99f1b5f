package io.gatehouse.http.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.core.catalog.Action;
import io.gatehouse.core.catalog.ApprovalRule;
import io.gatehouse.core.catalog.Catalog;
import io.gatehouse.core.catalog.RequestType;
import io.gatehouse.core.catalog.Role;
import io.gatehouse.core.directory.CredentialDelivery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the {@code requestTypes} list into a catalog. */
final class CatalogSection {
  private static final Pattern FIELD_ID = Pattern.compile("summary|description|customfield_[0-9]+");
  private static final Map<String, Role> ROLES =
      Map.of(
          "login", Role.LOGIN,
          "email", Role.EMAIL,
          "firstName", Role.FIRST_NAME,
          "lastName", Role.LAST_NAME,
          "groups", Role.GROUPS);
  private static final List<Role> REQUIRED_FOR_ONBOARDING =
      List.of(Role.EMAIL, Role.FIRST_NAME, Role.LAST_NAME);
  private static final String ACTIONS =
      "one of onboard, offboard, grant-groups, revoke-groups, reset-password, unlock, suspend,"
          + " unsuspend";

  private final ConfigReader reader;

  CatalogSection(ConfigReader reader) {
    this.reader = reader;
  }

  Catalog read(JsonNode root) {
    JsonNode list = root.get("requestTypes");
    if (list == null || !list.isArray() || list.isEmpty()) {
      reader.problem("requestTypes", "must list at least one request type");
      return new Catalog(List.of());
    }
    List<RequestType> types = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "requestTypes[" + i + "]";
      if (!list.get(i).isObject()) {
        reader.problem(path, "must be a section of keys");
        continue;
      }
      Optional<RequestType> type = requestType(list.get(i), path);
      type.ifPresent(
          t -> {
            if (ids.add(t.id())) {
              types.add(t);
            } else {
              reader.problem(path + ".id", "request type " + t.id() + " is listed twice");
            }
          });
    }
    return new Catalog(types);
  }

  private Optional<RequestType> requestType(JsonNode node, String path) {
    reader.onlyKeys(
        node,
        path,
        "id",
        "name",
        "action",
        "credentialDelivery",
        "fields",
        "profile",
        "defaultGroups",
        "allowedGroups",
        "allowedEmailDomains",
        "approval");
    int before = reader.problems().size();

    Optional<String> id = reader.text(node, path, "id", true);
    id.filter(value -> !value.matches("[0-9]+"))
        .ifPresent(value -> reader.problem(path + ".id", "must be the numeric request type id"));
    String name = reader.text(node, path, "name", id.orElse("?"));
    Action action = action(node, path);
    CredentialDelivery delivery = delivery(node, path);
    Map<Role, String> fields = fields(node, path, action);
    Map<String, String> profile = profile(node, path);
    List<String> defaultGroups = reader.texts(node, path, "defaultGroups");
    List<String> allowedGroups = reader.texts(node, path, "allowedGroups");
    List<String> domains = reader.texts(node, path, "allowedEmailDomains");
    for (int i = 0; i < domains.size(); i++) {
      if (!domains
          .get(i)
          .matches("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
        reader.problem(
            path + ".allowedEmailDomains[" + i + "]",
            "'" + domains.get(i) + "' is not a domain name such as acme.example");
      }
    }
    if ((action == Action.GRANT_GROUPS || action == Action.REVOKE_GROUPS)
        && allowedGroups.isEmpty()) {
      reader.problem(
          path + ".allowedGroups",
          "must list the groups requests may name, for action " + name(action));
    }
    ApprovalRule approval = approval(node, path);

    if (reader.problems().size() > before || id.isEmpty()) {
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
            approval));
  }

  private Action action(JsonNode node, String path) {
    String value = reader.text(node, path, "action", "");
    if (value.isEmpty()) {
      reader.problem(path + ".action", "is required; " + ACTIONS);
      return Action.ONBOARD;
    }
    try {
      return Action.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      reader.problem(path + ".action", "'" + value + "' is not an action; " + ACTIONS);
      return Action.ONBOARD;
    }
  }

  private CredentialDelivery delivery(JsonNode node, String path) {
    String value = reader.text(node, path, "credentialDelivery", "temporary-password");
    return switch (value) {
      case "temporary-password" -> CredentialDelivery.TEMPORARY_PASSWORD;
      case "activation-email" -> CredentialDelivery.ACTIVATION_EMAIL;
      default -> {
        reader.problem(
            path + ".credentialDelivery",
            "'" + value + "' is not known; use temporary-password or activation-email");
        yield CredentialDelivery.TEMPORARY_PASSWORD;
      }
    };
  }

  private Map<Role, String> fields(JsonNode node, String path, Action action) {
    String fieldsPath = path + ".fields";
    JsonNode section = reader.section(node, path, "fields", true);
    Map<Role, String> fields = new EnumMap<>(Role.class);
    if (section == null) {
      return fields;
    }
    reader.onlyKeys(section, fieldsPath, ROLES.keySet().stream().sorted().toArray(String[]::new));
    ROLES.forEach(
        (key, role) -> fieldId(section, fieldsPath, key).ifPresent(id -> fields.put(role, id)));
    for (Role role : required(action)) {
      String key = keyOf(role);
      // A key that is present but wrong has had its own problem reported already.
      if (!fields.containsKey(role) && !section.hasNonNull(key)) {
        reader.problem(fieldsPath + "." + key, "is required for action " + name(action));
      }
    }
    boolean namesAccount = fields.containsKey(Role.LOGIN) || fields.containsKey(Role.EMAIL);
    if (action != Action.ONBOARD
        && !namesAccount
        && !section.hasNonNull("login")
        && !section.hasNonNull("email")) {
      reader.problem(
          fieldsPath + ".login",
          "is required for action " + name(action) + " (or email), to name the account");
    }
    return fields;
  }

  /** The roles an action needs besides the account's login, which every action needs. */
  private static List<Role> required(Action action) {
    return switch (action) {
      case ONBOARD -> REQUIRED_FOR_ONBOARDING;
      case OFFBOARD, RESET_PASSWORD, UNLOCK, SUSPEND, UNSUSPEND -> List.of();
      case GRANT_GROUPS, REVOKE_GROUPS -> List.of(Role.GROUPS);
    };
  }

  private static String keyOf(Role role) {
    return ROLES.entrySet().stream()
        .filter(e -> e.getValue() == role)
        .findFirst()
        .orElseThrow()
        .getKey();
  }

  private static String name(Action action) {
    return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private Map<String, String> profile(JsonNode node, String path) {
    JsonNode section = reader.section(node, path, "profile", false);
    Map<String, String> profile = new LinkedHashMap<>();
    if (section == null) {
      return profile;
    }
    for (Iterator<String> names = section.fieldNames(); names.hasNext(); ) {
      String attribute = names.next();
      if (!attribute.matches("[A-Za-z][A-Za-z0-9_]*")) {
        reader.problem(path + ".profile." + attribute, "is not an Okta profile attribute name");
        continue;
      }
      fieldId(section, path + ".profile", attribute).ifPresent(id -> profile.put(attribute, id));
    }
    return profile;
  }

  private Optional<String> fieldId(JsonNode section, String path, String key) {
    Optional<String> id = reader.text(section, path, key, false);
    if (id.isPresent() && !FIELD_ID.matcher(id.get()).matches()) {
      reader.problem(
          path + "." + key,
          "'" + id.get() + "' is not a field id; use ids such as customfield_10071, never labels");
      return Optional.empty();
    }
    return id;
  }

  private ApprovalRule approval(JsonNode node, String path) {
    String approvalPath = path + ".approval";
    JsonNode section = reader.section(node, path, "approval", false);
    reader.onlyKeys(
        section,
        approvalPath,
        "required",
        "minimumApprovers",
        "allowedApprovers",
        "allowedApproverGroups");
    boolean required = reader.bool(section, approvalPath, "required", true);
    int minimum =
        reader.integer(section, approvalPath, "minimumApprovers", required ? 1 : 0, 0, 10);
    if (required && minimum < 1) {
      reader.problem(approvalPath + ".minimumApprovers", "must be at least 1 when required");
      minimum = 1;
    }
    List<String> allowed = reader.texts(section, approvalPath, "allowedApprovers");
    List<String> groups = reader.texts(section, approvalPath, "allowedApproverGroups");
    return new ApprovalRule(required, minimum, Set.copyOf(allowed), Set.copyOf(groups));
  }
}
