package io.gatehouse.testkit.okta;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Renders users, groups and errors in the shapes Okta answers. */
final class OktaJson {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final Map<OktaUserStatus, List<String>> LIFECYCLE_LINKS =
      Map.of(
          OktaUserStatus.STAGED, List.of("activate", "deactivate"),
          OktaUserStatus.PROVISIONED, List.of("reactivate", "deactivate", "resetPassword"),
          OktaUserStatus.ACTIVE,
              List.of("suspend", "deactivate", "resetPassword", "expirePassword", "resetFactors"),
          OktaUserStatus.PASSWORD_EXPIRED,
              List.of("suspend", "deactivate", "resetPassword", "expirePassword"),
          OktaUserStatus.RECOVERY, List.of("reactivate", "suspend", "deactivate", "resetPassword"),
          OktaUserStatus.LOCKED_OUT, List.of("unlock", "deactivate", "resetPassword"),
          OktaUserStatus.SUSPENDED, List.of("unsuspend", "deactivate"),
          OktaUserStatus.DEPROVISIONED, List.of("activate"));

  private OktaJson() {}

  static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  static ObjectNode user(UserRecord user, String baseUrl, boolean inCollection) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", user.id);
    node.put("status", user.status.name());
    node.put("created", timestamp(user.created));
    putNullable(node, "activated", user.activated);
    putNullable(node, "statusChanged", user.statusChanged);
    node.putNull("lastLogin");
    node.put("lastUpdated", timestamp(user.lastUpdated));
    putNullable(node, "passwordChanged", user.passwordChanged);
    node.putObject("type").put("id", "oty1simulatedtype001");
    node.set("profile", user.profile.deepCopy());

    ObjectNode credentials = node.putObject("credentials");
    if (user.hasPassword) {
      credentials.putObject("password");
    }
    ObjectNode provider = credentials.putObject("provider");
    provider.put("type", "OKTA");
    provider.put("name", "OKTA");

    String self = baseUrl + "/api/v1/users/" + user.id;
    ObjectNode links = node.putObject("_links");
    links.putObject("self").put("href", self);
    if (!inCollection) {
      for (String link : LIFECYCLE_LINKS.get(user.status)) {
        ObjectNode target = links.putObject(link);
        target.put("href", self + "/lifecycle/" + lifecyclePath(link));
        target.put("method", "POST");
      }
    }
    return node;
  }

  static ObjectNode group(GroupRecord group, String baseUrl) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", group.id);
    node.put("created", timestamp(group.created));
    node.put("lastUpdated", timestamp(group.created));
    node.put("lastMembershipUpdated", timestamp(group.lastMembershipUpdated));
    node.putArray("objectClass")
        .add(
            group.type == GroupType.APP_GROUP
                ? "okta:windows_security_principal"
                : "okta:user_group");
    node.put("type", group.type.name());
    ObjectNode profile = node.putObject("profile");
    profile.put("name", group.name);
    profile.put("description", group.description);

    String self = baseUrl + "/api/v1/groups/" + group.id;
    ObjectNode links = node.putObject("_links");
    links.putObject("self").put("href", self);
    links.putObject("users").put("href", self + "/users");
    links.putObject("apps").put("href", self + "/apps");
    return node;
  }

  static ObjectNode error(OktaError error, String errorId) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("errorCode", error.code);
    node.put("errorSummary", error.summary);
    node.put("errorLink", error.code);
    node.put("errorId", errorId);
    ArrayNode causes = node.putArray("errorCauses");
    error.causes.forEach(cause -> causes.addObject().put("errorSummary", cause));
    return node;
  }

  private static void putNullable(ObjectNode node, String field, Instant value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, timestamp(value));
    }
  }

  private static String lifecyclePath(String link) {
    return switch (link) {
      case "resetPassword" -> "reset_password";
      case "expirePassword" -> "expire_password";
      case "resetFactors" -> "reset_factors";
      default -> link;
    };
  }
}
