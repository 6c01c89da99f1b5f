package io.gatehouse.okta.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.api.UserResourcesApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.Pair;
import com.okta.sdk.resource.model.Group;
import com.okta.sdk.resource.model.GroupType;
import com.okta.sdk.resource.model.User;
import io.gatehouse.core.directory.DirectoryUser;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads that span pages: every page is followed through its {@code rel="next"} cursor. */
final class Lookups {
  private static final int PAGE_SIZE = 200;
  private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");
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
    List<Group> first =
        new GroupApi(client).listGroups(null, null, null, PAGE_SIZE, null, search, null, null);
    return allPages(client, first).stream()
        .filter(group -> group.getProfile() != null && name.equals(group.getProfile().getName()))
        .toList();
  }

  /** Ids of every group the user belongs to. */
  static List<String> groupIdsOfUser(ApiClient client, String userId) {
    return groupsOfUser(client, userId).stream().map(Group::getId).toList();
  }

  /** Every group the user belongs to, across every page. */
  static List<Group> groupsOfUser(ApiClient client, String userId) {
    return allPages(client, new UserResourcesApi(client).listUserGroups(userId));
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

  /**
   * Follows each page's {@code rel="next"} link as Okta wrote it in the answer's {@code link}
   * header, every query parameter included (listUserGroups takes no cursor in SDK 24, and the SDK's
   * parsed copy of the link is decoded). Only the link's path and query are used, always against
   * the org URL; a link seen twice or outside {@code /api/v1/} ends the walk.
   */
  private static List<Group> allPages(ApiClient client, List<Group> first) {
    List<Group> items = new ArrayList<>(first);
    Set<String> seen = new HashSet<>();
    Optional<URI> next = nextLink(client.getResponseHeaders());
    while (next.isPresent()
        && next.get().getRawPath().startsWith("/api/v1/")
        && seen.add(next.get().toString())) {
      items.addAll(getPage(client, next.get()));
      next = nextLink(client.getResponseHeaders());
    }
    return items;
  }

  /** The {@code rel="next"} link of an answer, whether sent as its own header or comma-joined. */
  static Optional<URI> nextLink(Map<String, List<String>> headers) {
    if (headers == null) {
      return Optional.empty();
    }
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey() == null || !header.getKey().equalsIgnoreCase("link")) {
        continue;
      }
      for (String value : header.getValue()) {
        Matcher link = NEXT.matcher(value);
        if (link.find()) {
          try {
            return Optional.of(new URI(link.group(1).strip()));
          } catch (URISyntaxException malformed) {
            return Optional.empty();
          }
        }
      }
    }
    return Optional.empty();
  }

  private static List<Group> getPage(ApiClient client, URI link) {
    List<Pair> query = new ArrayList<>();
    String raw = link.getRawQuery();
    if (raw != null) {
      for (String parameter : raw.split("&")) {
        int equals = parameter.indexOf('=');
        String key = equals < 0 ? parameter : parameter.substring(0, equals);
        String value = equals < 0 ? "" : parameter.substring(equals + 1);
        // Kept as encoded in the link: invokeAPI puts query pairs into the URL unescaped.
        query.add(new Pair(key, value));
      }
    }
    return client.invokeAPI(
        link.getRawPath(),
        "GET",
        query,
        new ArrayList<>(),
        null,
        null,
        new HashMap<>(),
        new HashMap<>(),
        new HashMap<>(),
        "application/json",
        "application/json",
        AUTH_NAMES,
        new TypeReference<List<Group>>() {});
  }
}
