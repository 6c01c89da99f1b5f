package io.gatehouse.lambda.config;

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
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code requestTypes} list, in the same format as the standalone runtime's configuration
 * file (docs/configuration.md), into a catalog.
 */
final class CatalogReader {
  private static final String FIELD_ID = "summary|description|customfield_[0-9]+";
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
          "approval");

  private final Yaml yaml;

  CatalogReader(Yaml yaml) {
    this.yaml = yaml;
  }

  Catalog read(JsonNode list, String path) {
    if (list == null || !list.isArray() || list.isEmpty()) {
      yaml.problem(path, "must list at least one request type");
      return new Catalog(List.of());
    }
    List<RequestType> types = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String itemPath = path + "[" + i + "]";
      RequestType type = requestType(list.get(i), itemPath);
      if (type != null && !ids.add(type.id())) {
        yaml.problem(itemPath + ".id", "request type " + type.id() + " is listed twice");
      } else if (type != null) {
        types.add(type);
      }
    }
    return new Catalog(types);
  }

  private RequestType requestType(JsonNode node, String path) {
    if (!node.isObject()) {
      yaml.problem(path, "must be a section of keys");
      return null;
    }
    yaml.onlyKeys(node, path, KEYS, "unknown key");
    int before = yaml.problemCount();

    String id = yaml.text(node, path, "id", true).orElse("");
    if (!id.isEmpty() && !id.matches("[0-9]+")) {
      yaml.problem(path + ".id", "must be the numeric request type id");
    }
    String name = yaml.text(node, path, "name", id);
    String action = yaml.text(node, path, "action", "");
    if (!action.equals("onboard")) {
      yaml.problem(path + ".action", "'" + action + "' is not an action; one of onboard");
    }
    CredentialDelivery delivery = delivery(yaml.text(node, path, "credentialDelivery", ""), path);
    Map<Role, String> fields = fields(yaml.section(node, path, "fields", true), path + ".fields");
    Map<String, String> profile = profile(yaml.section(node, path, "profile", false), path);
    List<String> defaults = yaml.texts(node, path, "defaultGroups");
    List<String> allowed = yaml.texts(node, path, "allowedGroups");
    List<String> domains = yaml.texts(node, path, "allowedEmailDomains");
    ApprovalRule approval = approval(yaml.section(node, path, "approval", false), path);

    if (yaml.problemCount() > before) {
      return null;
    }
    return new RequestType(
        id,
        name,
        Action.ONBOARD,
        fields,
        profile,
        defaults,
        Set.copyOf(allowed),
        Set.copyOf(domains),
        delivery,
        approval);
  }

  private CredentialDelivery delivery(String value, String path) {
    return switch (value) {
      case "", "temporary-password" -> CredentialDelivery.TEMPORARY_PASSWORD;
      case "activation-email" -> CredentialDelivery.ACTIVATION_EMAIL;
      default -> {
        yaml.problem(
            path + ".credentialDelivery",
            "'" + value + "' is not known; use temporary-password or activation-email");
        yield CredentialDelivery.TEMPORARY_PASSWORD;
      }
    };
  }

  private Map<Role, String> fields(JsonNode section, String path) {
    Map<Role, String> fields = new EnumMap<>(Role.class);
    if (section == null) {
      return fields;
    }
    yaml.onlyKeys(section, path, ROLES.keySet().stream().sorted().toList(), "unknown role");
    ROLES.forEach((key, role) -> fieldId(section, path, key).ifPresent(id -> fields.put(role, id)));
    for (String required : List.of("email", "firstName", "lastName")) {
      if (!fields.containsKey(ROLES.get(required))) {
        yaml.problem(path + "." + required, "is required for onboarding");
      }
    }
    return fields;
  }

  private Map<String, String> profile(JsonNode section, String path) {
    Map<String, String> profile = new LinkedHashMap<>();
    if (section == null) {
      return profile;
    }
    for (Iterator<String> names = section.fieldNames(); names.hasNext(); ) {
      String attribute = names.next();
      if (!attribute.matches("[A-Za-z][A-Za-z0-9_]*")) {
        yaml.problem(path + ".profile." + attribute, "is not an Okta profile attribute name");
      } else {
        fieldId(section, path + ".profile", attribute).ifPresent(id -> profile.put(attribute, id));
      }
    }
    return profile;
  }

  private Optional<String> fieldId(JsonNode section, String path, String key) {
    Optional<String> id = yaml.text(section, path, key, false);
    if (id.isPresent() && !id.get().matches(FIELD_ID)) {
      yaml.problem(
          path + "." + key,
          "'" + id.get() + "' is not a field id; use ids such as customfield_10071, never labels");
      return Optional.empty();
    }
    return id;
  }

  private ApprovalRule approval(JsonNode section, String path) {
    String approvalPath = path + ".approval";
    yaml.onlyKeys(
        section,
        approvalPath,
        List.of("required", "minimumApprovers", "allowedApprovers"),
        "unknown key");
    boolean required = yaml.bool(section, approvalPath, "required", true);
    int minimum = yaml.integer(section, approvalPath, "minimumApprovers", required ? 1 : 0, 0, 10);
    if (required && minimum < 1) {
      yaml.problem(approvalPath + ".minimumApprovers", "must be at least 1 when required");
      minimum = 1;
    }
    List<String> allowed = yaml.texts(section, approvalPath, "allowedApprovers");
    return new ApprovalRule(required, minimum, Set.copyOf(allowed));
  }
}
