package io.gatehouse.testkit.okta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** {@code /api/v1/users}: create, read, list, partial update, delete, groups of a user. */
final class UsersApi {
  private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
  private static final Set<String> SEARCH_OPERATORS =
      Set.of("eq", "sw", "co", "lt", "gt", "ge", "le", "pr");
  private static final Set<String> FILTER_OPERATORS = Set.of("eq", "lt", "gt", "ge", "le");
  private static final Set<String> FILTER_ATTRIBUTES =
      Set.of(
          "status",
          "lastUpdated",
          "id",
          "profile.login",
          "profile.email",
          "profile.firstName",
          "profile.lastName");

  private final OktaState state;

  UsersApi(OktaState state) {
    this.state = state;
  }

  Reply create(Call call) {
    call.requireScope("okta.users.manage", null);
    ObjectNode body = call.json();
    boolean activate = call.flag("activate", true);
    String nextLogin = call.param("nextLogin").orElse(null);
    JsonNode password = body.path("credentials").path("password").path("value");

    ObjectNode profile = validProfile(body.path("profile"));
    if (nextLogin != null) {
      if (!nextLogin.equals("changePassword")) {
        throw OktaError.validation("nextLogin", "must be changePassword");
      }
      if (!activate) {
        throw OktaError.of(400, "E0000125", "Invalid combination: activate must be true");
      }
      if (!password.isTextual()) {
        throw OktaError.of(400, "E0000124", "Invalid combination: a password must be specified");
      }
    }
    if (state.findByLogin(profile.get("login").asText()).isPresent()) {
      throw OktaError.validation(
          "login", "An object with this field already exists in the current organization");
    }
    List<GroupRecord> groups = requestedGroups(body.path("groupIds"));
    if (password.isTextual()) {
      checkPassword(password.asText(), profile);
    }

    Instant now = state.now();
    OktaUserStatus status = statusAfterCreate(activate, password.isTextual(), nextLogin != null);
    UserRecord user = new UserRecord(state.newId("00u"), profile, status, now);
    user.hasPassword = password.isTextual();
    user.passwordChanged = password.isTextual() ? now : null;
    state.users.put(user.id, user);
    groups.forEach(group -> group.memberIds.add(user.id));
    if (status == OktaUserStatus.PROVISIONED) {
      state.activationEmails.add(user.login());
    }
    return Reply.json(OktaJson.user(user, call.baseUrl(), false));
  }

  Reply get(Call call, String idOrLogin) {
    call.requireScope("okta.users.manage", "okta.users.read");
    UserRecord user = existing(idOrLogin);
    return Reply.json(OktaJson.user(user, call.baseUrl(), false));
  }

  Reply list(Call call) {
    call.requireScope("okta.users.manage", "okta.users.read");
    Predicate<UserRecord> selected;
    boolean pageable = true;
    int defaultLimit = 200;
    if (call.param("search").isPresent()) {
      selected =
          Expression.parse(
              call.param("search").get(), SEARCH_OPERATORS, Set.of(), UsersApi::attribute);
    } else if (call.param("filter").isPresent()) {
      selected =
          Expression.parse(
              call.param("filter").get(), FILTER_OPERATORS, FILTER_ATTRIBUTES, UsersApi::attribute);
    } else if (call.param("q").isPresent()) {
      String prefix = call.param("q").get().toLowerCase(Locale.ROOT);
      selected = user -> user.status != OktaUserStatus.DEPROVISIONED && matchesPrefix(user, prefix);
      pageable = false;
      defaultLimit = 10;
    } else {
      selected = user -> user.status != OktaUserStatus.DEPROVISIONED;
    }

    List<UserRecord> matching = state.users.values().stream().filter(selected).toList();
    Paging.Page<UserRecord> page =
        Paging.page(matching, user -> user.id, call, defaultLimit, state.maxPageSize, pageable);
    ArrayNode array = OktaJson.MAPPER.createArrayNode();
    page.items().forEach(user -> array.add(OktaJson.user(user, call.baseUrl(), true)));
    return new Reply(200, array, page.headers());
  }

  Reply update(Call call, String id) {
    call.requireScope("okta.users.manage", null);
    UserRecord user = existing(id);
    ObjectNode body = call.json();
    if (user.status == OktaUserStatus.DEPROVISIONED) {
      throw OktaError.notAllowedInStatus();
    }

    ObjectNode profile = user.profile.deepCopy();
    if (body.path("profile").isObject()) {
      profile.setAll((ObjectNode) body.get("profile"));
      profile = validProfile(profile);
      String login = profile.get("login").asText();
      if (state.findByLogin(login).filter(other -> other != user).isPresent()) {
        throw OktaError.validation(
            "login", "An object with this field already exists in the current organization");
      }
    }
    JsonNode password = body.path("credentials").path("password").path("value");
    if (password.isTextual()) {
      if (user.status == OktaUserStatus.SUSPENDED) {
        throw OktaError.notAllowedInStatus();
      }
      checkPassword(password.asText(), profile);
    }

    Instant now = state.now();
    user.profile = profile;
    user.lastUpdated = now;
    if (password.isTextual()) {
      user.hasPassword = true;
      user.passwordChanged = now;
      if (user.status == OktaUserStatus.PROVISIONED) {
        user.changeStatus(OktaUserStatus.ACTIVE, now);
      }
    }
    return Reply.json(OktaJson.user(user, call.baseUrl(), false));
  }

  Reply delete(Call call, String id) {
    call.requireScope("okta.users.manage", null);
    UserRecord user = existing(id);
    if (user.status == OktaUserStatus.DEPROVISIONED) {
      state.users.remove(user.id);
      state.groups.values().forEach(group -> group.memberIds.remove(user.id));
    } else {
      user.changeStatus(OktaUserStatus.DEPROVISIONED, state.now());
    }
    return Reply.empty(204);
  }

  Reply groups(Call call, String id) {
    call.requireScope("okta.users.manage", "okta.users.read");
    UserRecord user = existing(id);
    List<GroupRecord> groups = state.groupsOf(user.id);
    Paging.Page<GroupRecord> page =
        Paging.page(groups, group -> group.id, call, 200, state.maxPageSize, true);
    ArrayNode array = OktaJson.MAPPER.createArrayNode();
    page.items().forEach(group -> array.add(OktaJson.group(group, call.baseUrl())));
    return new Reply(200, array, page.headers());
  }

  UserRecord existing(String idOrLogin) {
    return state.findUser(idOrLogin).orElseThrow(() -> OktaError.notFound(idOrLogin + " (User)"));
  }

  private static OktaUserStatus statusAfterCreate(
      boolean activate, boolean hasPassword, boolean mustChange) {
    if (!activate) {
      return OktaUserStatus.STAGED;
    }
    if (!hasPassword) {
      return OktaUserStatus.PROVISIONED;
    }
    return mustChange ? OktaUserStatus.PASSWORD_EXPIRED : OktaUserStatus.ACTIVE;
  }

  private ObjectNode validProfile(JsonNode profileNode) {
    if (!(profileNode instanceof ObjectNode profile)) {
      throw OktaError.validation("profile", "The field cannot be left blank");
    }
    List<String> causes = new ArrayList<>();
    checkText(profile, "login", 5, 100, true, causes);
    checkText(profile, "email", 5, 100, true, causes);
    checkText(profile, "firstName", 1, 50, false, causes);
    checkText(profile, "lastName", 1, 50, false, causes);
    if (!causes.isEmpty()) {
      String field = causes.get(0).substring(0, causes.get(0).indexOf(':'));
      throw new OktaError(400, "E0000001", "Api validation failed: " + field, causes);
    }
    return profile.deepCopy();
  }

  private static void checkText(
      ObjectNode profile, String field, int min, int max, boolean email, List<String> causes) {
    JsonNode value = profile.get(field);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      causes.add(field + ": The field cannot be left blank");
    } else if (value.asText().length() < min || value.asText().length() > max) {
      causes.add(field + ": The field must be between " + min + " and " + max + " characters");
    } else if (email && !value.asText().matches(EMAIL)) {
      causes.add(field + ": Does not match required pattern");
    }
  }

  private void checkPassword(String password, ObjectNode profile) {
    List<String> missing =
        state.passwordPolicy.violations(
            password,
            profile.path("login").asText(),
            profile.path("firstName").asText(null),
            profile.path("lastName").asText(null));
    if (!missing.isEmpty()) {
      throw OktaError.validation(
          "password",
          "Password requirements were not met. Password requirements: "
              + String.join(", ", missing)
              + ".");
    }
  }

  private List<GroupRecord> requestedGroups(JsonNode groupIds) {
    List<GroupRecord> groups = new ArrayList<>();
    if (!groupIds.isArray()) {
      return groups;
    }
    if (groupIds.size() > state.maxGroupIdsOnCreate) {
      throw OktaError.of(400, "E0000093", "Target count limit exceeded");
    }
    for (JsonNode id : groupIds) {
      GroupRecord group = state.groups.get(id.asText());
      if (group == null) {
        throw OktaError.notFound(id.asText() + " (UserGroup)");
      }
      if (group.type != GroupType.OKTA_GROUP) {
        throw OktaError.validation(
            "groupIds", "Group memberships of this group type are not managed by Okta");
      }
      groups.add(group);
    }
    return groups;
  }

  private static boolean matchesPrefix(UserRecord user, String prefix) {
    return List.of("firstName", "lastName", "email").stream()
        .map(field -> user.profile.path(field).asText("").toLowerCase(Locale.ROOT))
        .anyMatch(value -> value.startsWith(prefix));
  }

  private static String attribute(UserRecord user, String name) {
    return switch (name) {
      case "id" -> user.id;
      case "status" -> user.status.name();
      case "created" -> OktaJson.timestamp(user.created);
      case "lastUpdated" -> OktaJson.timestamp(user.lastUpdated);
      default -> {
        if (!name.startsWith("profile.")) {
          yield null;
        }
        JsonNode value = user.profile.get(name.substring("profile.".length()));
        yield value == null || value.isNull() ? null : value.asText();
      }
    };
  }
}
