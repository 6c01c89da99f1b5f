package io.gatehouse.testkit.okta;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** {@code /api/v1/groups}: list and search groups, read one, list and change its members. */
final class GroupsApi {
  private static final Set<String> SEARCH_OPERATORS =
      Set.of("eq", "sw", "co", "lt", "gt", "ge", "le", "pr");
  private static final Set<String> FILTER_ATTRIBUTES =
      Set.of("id", "type", "lastUpdated", "lastMembershipUpdated");

  private final OktaState state;
  private final UsersApi users;

  GroupsApi(OktaState state, UsersApi users) {
    this.state = state;
    this.users = users;
  }

  Reply list(Call call) {
    call.requireScope("okta.groups.manage", "okta.groups.read");
    Predicate<GroupRecord> selected = group -> true;
    boolean pageable = true;
    int defaultLimit = 10000;
    if (call.param("q").isPresent()) {
      String prefix = call.param("q").get().toLowerCase(Locale.ROOT);
      selected = group -> group.name.toLowerCase(Locale.ROOT).startsWith(prefix);
      pageable = false;
      defaultLimit = 300;
    }
    if (call.param("search").isPresent()) {
      selected =
          selected.and(
              Expression.parse(
                  call.param("search").get(), SEARCH_OPERATORS, Set.of(), GroupsApi::attribute));
    }
    if (call.param("filter").isPresent()) {
      selected =
          selected.and(
              Expression.parse(
                  call.param("filter").get(),
                  Set.of("eq", "lt", "gt", "ge", "le"),
                  FILTER_ATTRIBUTES,
                  GroupsApi::attribute));
    }

    List<GroupRecord> matching = state.groups.values().stream().filter(selected).toList();
    Paging.Page<GroupRecord> page =
        Paging.page(matching, group -> group.id, call, defaultLimit, state.maxPageSize, pageable);
    ArrayNode array = OktaJson.MAPPER.createArrayNode();
    page.items().forEach(group -> array.add(OktaJson.group(group, call.baseUrl())));
    return new Reply(200, array, page.headers());
  }

  Reply get(Call call, String groupId) {
    call.requireScope("okta.groups.manage", "okta.groups.read");
    return Reply.json(OktaJson.group(existing(groupId), call.baseUrl()));
  }

  Reply members(Call call, String groupId) {
    call.requireScope("okta.groups.manage", "okta.groups.read");
    GroupRecord group = existing(groupId);
    List<UserRecord> members =
        group.memberIds.stream().map(state.users::get).filter(user -> user != null).toList();
    Paging.Page<UserRecord> page =
        Paging.page(members, user -> user.id, call, 1000, state.maxPageSize, true);
    ArrayNode array = OktaJson.MAPPER.createArrayNode();
    page.items().forEach(user -> array.add(OktaJson.user(user, call.baseUrl(), true)));
    return new Reply(200, array, page.headers());
  }

  /** PUT adds, DELETE removes; both answer 204 whether or not the membership existed. */
  Reply changeMembership(Call call, String groupId, String userId, boolean add) {
    call.requireScope("okta.groups.manage", null);
    GroupRecord group = existing(groupId);
    UserRecord user = users.existing(userId);
    if (group.type != GroupType.OKTA_GROUP) {
      throw OktaError.forbidden();
    }

    boolean changed = add ? group.memberIds.add(user.id) : group.memberIds.remove(user.id);
    if (changed) {
      Instant now = state.now();
      group.lastMembershipUpdated = now;
    }
    return Reply.empty(204);
  }

  private GroupRecord existing(String groupId) {
    GroupRecord group = state.groups.get(groupId);
    if (group == null) {
      throw OktaError.notFound(groupId + " (UserGroup)");
    }
    return group;
  }

  private static String attribute(GroupRecord group, String name) {
    return switch (name) {
      case "id" -> group.id;
      case "type" -> group.type.name();
      case "profile.name" -> group.name;
      case "profile.description" -> group.description;
      case "created", "lastUpdated" -> OktaJson.timestamp(group.created);
      case "lastMembershipUpdated" -> OktaJson.timestamp(group.lastMembershipUpdated);
      default -> null;
    };
  }
}
