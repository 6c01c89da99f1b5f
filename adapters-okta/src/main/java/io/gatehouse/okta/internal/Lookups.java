package io.gatehouse.okta.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.api.UserResourcesApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.Pair;
import com.okta.sdk.resource.common.PagedList;
import com.okta.sdk.resource.model.Group;
import com.okta.sdk.resource.model.GroupType;
import com.okta.sdk.resource.model.User;
import io.gatehouse.core.directory.DirectoryUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads that span pages: every page is followed through its {@code rel="next"} cursor. */
final class Lookups {
  private static final int PAGE_SIZE = 200;
  private static final String[] AUTH_NAMES = {"apiToken", "oauth2"};

  private Lookups() {}

  /** Groups whose name equals {@code name} exactly; Okta's {@code eq} ignores case. */
  static List<Group> groupsNamed(ApiClient client, String name) {
    return groupsMatching(client, name, "profile.name eq \"" + quoted(name) + "\"");
  }

  /** Groups of this type whose name equals {@code name} exactly. */
  static List<Group> groupsNamed(ApiClient client, String name, GroupType type) {
    String search =
        "profile.name eq \"" + quoted(name) + "\" and type eq \"" + type.getValue() + "\"";
    return groupsMatching(client, name, search).stream()
        .filter(group -> group.getType() == type)
        .toList();
  }

  private static List<Group> groupsMatching(ApiClient client, String name, String search) {
    GroupApi groups = new GroupApi(client);
    List<Group> all =
        allPages(
            after -> groups.listGroups(null, null, after, PAGE_SIZE, null, search, null, null));
    return all.stream()
        .filter(group -> group.getProfile() != null && name.equals(group.getProfile().getName()))
        .toList();
  }

  /** Ids of every group the user belongs to. */
  static List<String> groupIdsOfUser(ApiClient client, String userId) {
    return groupsOfUser(client, userId).stream().map(Group::getId).toList();
  }

  /** Every group the user belongs to, across every page. */
  static List<Group> groupsOfUser(ApiClient client, String userId) {
    // listUserGroups takes no cursor in SDK 24, so later pages go through invokeAPI.
    List<Group> all =
        allPages(
            after ->
                after == null
                    ? new UserResourcesApi(client).listUserGroups(userId)
                    : client.invokeAPI(
                        "/api/v1/users/" + client.escapeString(userId) + "/groups",
                        "GET",
                        List.of(new Pair("after", after)),
                        new ArrayList<>(),
                        null,
                        null,
                        new HashMap<>(),
                        new HashMap<>(),
                        new HashMap<>(),
                        "application/json",
                        "application/json",
                        AUTH_NAMES,
                        new TypeReference<List<Group>>() {}));
    return all;
  }

  /** The user with this login by {@code filter}, for logins Okta cannot serve by path. */
  static Optional<DirectoryUser> userByLoginFilter(ApiClient client, String login) {
    String filter = "profile.login eq \"" + quoted(login) + "\"";
    List<User> users = new UserApi(client).listUsers(null, null, null, 2, filter, null, null, null);
    return users.stream()
        .filter(user -> login.equalsIgnoreCase(user.getProfile().getLogin()))
        .findFirst()
        .map(Users::of);
  }

  static String quoted(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** Follows next cursors until the last page; a cursor seen twice ends the walk. */
  private static <T> List<T> allPages(Function<String, List<T>> fetch) {
    List<T> items = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String after = null;
    do {
      List<T> page = fetch.apply(after);
      items.addAll(page);
      after = page instanceof PagedList<?> paged && paged.hasMoreItems() ? paged.getAfter() : null;
    } while (after != null && seen.add(after));
    return items;
  }
}
