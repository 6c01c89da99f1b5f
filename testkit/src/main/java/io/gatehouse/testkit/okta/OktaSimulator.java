package io.gatehouse.testkit.okta;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local Okta org over real HTTP on 127.0.0.1 and a random port, answering the Users, Groups and
 * org authorization server calls the way Okta does, and no kinder: {@code SSWS} API tokens and
 * OAuth 2.0 client credentials with private_key_jwt (optionally DPoP), scopes checked per call,
 * Okta's error bodies, {@code link} paging, rate-limit headers on every answer.
 *
 * <p>Tests seed it (tokens, clients, users, groups, policies, limits, faults) and inspect it (users
 * by login, members, the recorded requests). Every method is thread-safe; calls from the test and
 * from HTTP clients are serialised on one lock. Close it to free the port.
 */
public final class OktaSimulator implements AutoCloseable {
  private final OktaState state;
  private final HttpServer server;
  private final ExecutorService executor;
  private final String baseUrl;

  private OktaSimulator(Clock clock) throws IOException {
    this.state = new OktaState(clock);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    this.executor = Executors.newCachedThreadPool();
    server.createContext("/", new Router(state, () -> baseUrl));
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a simulator on the system clock. */
  public static OktaSimulator start() {
    return start(Clock.systemUTC());
  }

  /**
   * Starts a simulator whose timestamps, token lifetimes and rate-limit windows follow {@code
   * clock}. The {@code Date} header is the HTTP server's own and follows the system clock.
   */
  public static OktaSimulator start(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    try {
      return new OktaSimulator(clock);
    } catch (IOException e) {
      throw new UncheckedIOException("could not open a port on 127.0.0.1", e);
    }
  }

  /** The org URL, such as {@code http://127.0.0.1:51234}, without a trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /** Accepts {@code Authorization: SSWS token} with every scope, as a super admin token. */
  public OktaSimulator addApiToken(String token) {
    synchronized (state) {
      state.apiTokens.add(Objects.requireNonNull(token, "token"));
    }
    return this;
  }

  /** Rejects an API token from now on with 401 E0000011, as after a revocation. */
  public void revokeApiToken(String token) {
    synchronized (state) {
      state.apiTokens.remove(token);
    }
  }

  /**
   * Registers an API service app for client credentials with private_key_jwt.
   *
   * @param publicKey the RSA or EC public key its client assertions are verified with
   * @param scopes the scopes granted to the app; requesting others fails with invalid_scope
   * @param dpopRequired whether token requests need a DPoP proof and tokens are DPoP-bound
   */
  public OktaSimulator addOAuthClient(
      String clientId, PublicKey publicKey, Set<String> scopes, boolean dpopRequired) {
    OktaState.OAuthClient client =
        new OktaState.OAuthClient(clientId, publicKey, scopes, dpopRequired);
    synchronized (state) {
      state.clients.put(clientId, client);
    }
    return this;
  }

  /** Registers an API service app that does not require DPoP. */
  public OktaSimulator addOAuthClient(String clientId, PublicKey publicKey, Set<String> scopes) {
    return addOAuthClient(clientId, publicKey, scopes, false);
  }

  /** Forgets every access token issued so far: API calls with them answer 401 E0000011. */
  public void revokeAccessTokens() {
    synchronized (state) {
      state.accessTokens.clear();
    }
  }

  /** Adds a user with a password when its status implies one; answers its id. */
  public String addUser(String login, String firstName, String lastName, OktaUserStatus status) {
    return addUser(login, firstName, lastName, status, Map.of());
  }

  /**
   * Adds a user with further profile attributes, such as {@code department}, or an {@code email}
   * other than the login; answers its id.
   */
  public String addUser(
      String login,
      String firstName,
      String lastName,
      OktaUserStatus status,
      Map<String, String> attributes) {
    ObjectNode profile = OktaJson.MAPPER.createObjectNode();
    attributes.forEach(profile::put);
    profile.put("login", login);
    if (!attributes.containsKey("email")) {
      profile.put("email", login);
    }
    profile.put("firstName", firstName);
    profile.put("lastName", lastName);
    synchronized (state) {
      if (state.findByLogin(login).isPresent()) {
        throw new IllegalArgumentException("login already seeded: " + login);
      }
      UserRecord user = new UserRecord(state.newId("00u"), profile, status, state.now());
      user.hasPassword = status != OktaUserStatus.STAGED && status != OktaUserStatus.PROVISIONED;
      user.passwordChanged = user.hasPassword ? state.now() : null;
      state.users.put(user.id, user);
      return user.id;
    }
  }

  /** Adds a group; names need not be unique, as in Okta. Answers its id. */
  public String addGroup(String name, GroupType type) {
    synchronized (state) {
      GroupRecord group =
          new GroupRecord(state.newId("00g"), name, "Seeded group " + name, type, state.now());
      state.groups.put(group.id, group);
      return group.id;
    }
  }

  /** Makes a user a member of a group of any type, as an import would. */
  public void addMembership(String groupId, String userId) {
    synchronized (state) {
      GroupRecord group = state.groups.get(groupId);
      if (group == null || !state.users.containsKey(userId)) {
        throw new IllegalArgumentException("unknown group or user: " + groupId + ", " + userId);
      }
      group.memberIds.add(userId);
    }
  }

  /** Replaces the password policy; {@link PasswordPolicy#oktaDefault()} applies until then. */
  public void setPasswordPolicy(PasswordPolicy policy) {
    synchronized (state) {
      state.passwordPolicy = Objects.requireNonNull(policy, "policy");
    }
  }

  /** Sets the per-minute limit of every bucket that has no limit of its own (default 600). */
  public void setRateLimit(int perMinute) {
    synchronized (state) {
      state.defaultRateLimit = perMinute;
    }
  }

  /**
   * Sets the per-minute limit of one bucket: {@code users}, {@code user-get}, {@code user-update},
   * {@code groups}, {@code group-by-id}, {@code oauth2-token} or {@code other}.
   */
  public void setRateLimit(String bucket, int perMinute) {
    synchronized (state) {
      state.rateLimits.put(bucket, perMinute);
    }
  }

  /**
   * Sends {@code X-Rate-Limit-Reset} twice on every answer, as some Okta edges do; a client that
   * reads one header value only may read none.
   */
  public void sendRateLimitResetTwice(boolean twice) {
    synchronized (state) {
      state.resetHeaderTwice = twice;
    }
  }

  /**
   * Answers a call that arrives while {@code limit} others are in progress with the concurrent
   * limit's 429: {@code X-Rate-Limit-Limit: 0}, {@code X-Rate-Limit-Remaining: 0} and a reset one
   * second ahead. Combine with {@link #setLatency} to hold calls open.
   */
  public void setConcurrencyLimit(int limit) {
    synchronized (state) {
      state.concurrencyLimit = limit;
    }
  }

  /**
   * The rate-limit bucket an answered request was counted in, named as in {@link #setRateLimit}.
   */
  public static String bucketOf(RecordedRequest request) {
    return RateLimits.bucket(request.method(), request.path());
  }

  /** Delays every answer by this long before it is computed. */
  public void setLatency(Duration latency) {
    synchronized (state) {
      state.latency = Objects.requireNonNull(latency, "latency");
    }
  }

  /** Caps every page at this many items, whatever limit the caller asks for. */
  public void setMaxPageSize(int size) {
    synchronized (state) {
      state.maxPageSize = size;
    }
  }

  /** The next {@code times} calls matching the fault's method and path answer the fault. */
  public void failNext(Fault fault, int times) {
    synchronized (state) {
      for (int i = 0; i < times; i++) {
        state.faultsFor(fault.method(), fault.path()).addLast(fault);
      }
    }
  }

  /** The user holding a login (case-insensitive), with its status and groups. */
  public Optional<UserView> user(String login) {
    synchronized (state) {
      return state.findByLogin(login).map(this::view);
    }
  }

  /** Logins of a group's members, in the order they joined. */
  public List<String> memberLogins(String groupId) {
    synchronized (state) {
      GroupRecord group = state.groups.get(groupId);
      if (group == null) {
        throw new IllegalArgumentException("unknown group: " + groupId);
      }
      return group.memberIds.stream().map(id -> state.users.get(id).login()).toList();
    }
  }

  /** Logins to which an activation e-mail was sent, in order. */
  public List<String> activationEmails() {
    synchronized (state) {
      return List.copyOf(state.activationEmails);
    }
  }

  /** Every request answered so far, oldest first, with credentials redacted. */
  public List<RecordedRequest> requests() {
    synchronized (state) {
      return List.copyOf(state.requests);
    }
  }

  /** The answered requests with this method and path. */
  public List<RecordedRequest> requests(String method, String path) {
    return requests().stream()
        .filter(request -> request.method().equals(method) && request.path().equals(path))
        .toList();
  }

  /** Forgets the recorded requests. */
  public void clearRequests() {
    synchronized (state) {
      state.requests.clear();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private UserView view(UserRecord user) {
    List<String> groupNames = state.groupsOf(user.id).stream().map(group -> group.name).toList();
    Map<String, String> profile = new LinkedHashMap<>();
    user.profile
        .fields()
        .forEachRemaining(field -> profile.put(field.getKey(), field.getValue().asText()));
    return new UserView(user.id, user.login(), user.status, user.hasPassword, groupNames, profile);
  }
}
