package io.gatehouse.testkit.okta;

import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the simulator holds. Not thread-safe by itself: every access holds the lock of this
 * object, so one request or one test call sees and changes a consistent state.
 */
final class OktaState {
  static final Set<String> ALL_SCOPES =
      Set.of("okta.users.read", "okta.users.manage", "okta.groups.read", "okta.groups.manage");
  private static final String ID_CHARS =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  final Clock clock;
  final SecureRandom random = new SecureRandom();
  final Map<String, UserRecord> users = new LinkedHashMap<>();
  final Map<String, GroupRecord> groups = new LinkedHashMap<>();
  final Set<String> apiTokens = new HashSet<>();
  final Map<String, OAuthClient> clients = new HashMap<>();
  final Map<String, AccessToken> accessTokens = new HashMap<>();
  final Set<String> usedAssertionIds = new HashSet<>();
  final Map<String, Deque<Fault>> faults = new HashMap<>();
  final List<RecordedRequest> requests = new ArrayList<>();
  final List<String> activationEmails = new ArrayList<>();
  final Map<String, Integer> rateLimits = new HashMap<>();
  final Map<String, Window> windows = new HashMap<>();
  PasswordPolicy passwordPolicy = PasswordPolicy.oktaDefault();
  int defaultRateLimit = 600;
  int maxPageSize = Integer.MAX_VALUE;
  int maxGroupIdsOnCreate = 20;
  Duration latency = Duration.ZERO;
  boolean resetHeaderTwice;
  int concurrencyLimit = Integer.MAX_VALUE;
  int inFlight;

  OktaState(Clock clock) {
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  String newId(String prefix) {
    StringBuilder id = new StringBuilder(prefix);
    while (id.length() < 20) {
      id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
    }
    return id.toString();
  }

  String newToken(int length) {
    StringBuilder token = new StringBuilder();
    while (token.length() < length) {
      token.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
    }
    return token.toString();
  }

  /**
   * A user by id, by login compared case-insensitively, or by unambiguous shortname; logins with
   * '/' only by id.
   */
  Optional<UserRecord> findUser(String idOrLogin) {
    UserRecord byId = users.get(idOrLogin);
    if (byId != null) {
      return Optional.of(byId);
    }
    if (idOrLogin.contains("/")) {
      return Optional.empty();
    }
    Optional<UserRecord> byLogin = findByLogin(idOrLogin);
    if (byLogin.isPresent() || idOrLogin.contains("@")) {
      return byLogin;
    }
    // Okta also accepts an unambiguous login shortname: the part before the '@'.
    List<UserRecord> byShortname =
        users.values().stream()
            .filter(
                user ->
                    user.login()
                        .toLowerCase(java.util.Locale.ROOT)
                        .startsWith(idOrLogin.toLowerCase(java.util.Locale.ROOT) + "@"))
            .toList();
    return byShortname.size() == 1 ? Optional.of(byShortname.get(0)) : Optional.empty();
  }

  Optional<UserRecord> findByLogin(String login) {
    return users.values().stream().filter(user -> user.login().equalsIgnoreCase(login)).findFirst();
  }

  List<GroupRecord> groupsOf(String userId) {
    return groups.values().stream().filter(group -> group.memberIds.contains(userId)).toList();
  }

  /** A client registered for OAuth 2.0 client credentials with private_key_jwt. */
  record OAuthClient(
      String clientId, PublicKey publicKey, Set<String> scopes, boolean dpopRequired) {
    OAuthClient {
      scopes = Set.copyOf(scopes);
    }
  }

  /** An access token the token endpoint issued. */
  record AccessToken(String clientId, Set<String> scopes, Instant expiresAt, String dpopJkt) {
    AccessToken {
      scopes = Set.copyOf(scopes);
    }
  }

  /** Calls counted in one rate-limit bucket during one minute. */
  static final class Window {
    long minute;
    int used;
  }

  Deque<Fault> faultsFor(String method, String path) {
    return faults.computeIfAbsent(method + " " + path, key -> new ArrayDeque<>());
  }
}
