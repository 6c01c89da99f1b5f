package io.gatehouse.testkit.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local Jira Service Management Cloud for tests and demos: a real HTTP server on 127.0.0.1 with a
 * random port that answers the servicedeskapi calls Gatehouse makes (requests, approvals, comments,
 * customer transitions, and the platform's issues, workflow transitions and issue properties) the
 * way the published API description and the observed service do, no kinder: basic auth on every
 * call, string ids, {@code +0000} dates, paged envelopes without a total and a server-side page
 * cap, requests visible only to their reporter, participants, approvers and (with {@code
 * requestOwnership=ALL_REQUESTS}) the desk's agents.
 *
 * <p>Seed accounts, desks, request types, requests, approvals and transitions; then inspect
 * comments, statuses and every recorded call. All methods are thread-safe. Seeding methods throw
 * {@link IllegalArgumentException} when they refer to something not seeded yet.
 *
 * <pre>{@code
 * try (JsmSimulator jsm = JsmSimulator.start()) {
 *   jsm.addAccount(JsmAccount.withToken("acc-agent", "Gatehouse", "bot@example.com", "tok"));
 *   jsm.addServiceDesk("3", "ITS");
 *   jsm.addAgent("3", "acc-agent");
 *   ...
 * }
 * }</pre>
 */
public final class JsmSimulator implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final JsmState state;
  private final String baseUrl;

  private JsmSimulator(Clock clock) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    state = new JsmState(clock);
    JsmJson json = new JsmJson(baseUrl);
    JsmApi api = new JsmApi(state, json);
    server.createContext(
        "/",
        new JsmHttpHandler(state, api, new PlatformApi(state), new PlatformIssues(state, json)));
    executor =
        Executors.newFixedThreadPool(
            4,
            runnable -> {
              Thread thread = new Thread(runnable, "jsm-simulator");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a simulator whose dates come from the system clock. */
  public static JsmSimulator start() {
    return start(Clock.systemUTC());
  }

  /**
   * Starts a simulator whose new comments, transitions and defaults take dates from {@code clock}.
   */
  public static JsmSimulator start(Clock clock) {
    try {
      return new JsmSimulator(clock);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the JSM simulator on 127.0.0.1", e);
    }
  }

  /**
   * The site URL, such as {@code http://127.0.0.1:50123}, standing for {@code
   * https://acme.atlassian.net}.
   */
  public String baseUrl() {
    return baseUrl;
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  // Seeding.

  public JsmSimulator addAccount(JsmAccount account) {
    state.addAccount(account);
    return this;
  }

  public JsmSimulator addServiceDesk(String serviceDeskId, String projectKey) {
    state.addDesk(serviceDeskId, projectKey);
    return this;
  }

  /** Makes a seeded account an agent of a desk: it sees all its requests with ALL_REQUESTS. */
  public JsmSimulator addAgent(String serviceDeskId, String accountId) {
    state.addAgent(serviceDeskId, accountId);
    return this;
  }

  /** Makes an account a member of a Jira group, as {@code GET /rest/api/3/user/groups} shows. */
  public JsmSimulator addGroupMember(String group, String accountId) {
    state.addGroupMember(group, accountId);
    return this;
  }

  public JsmSimulator addRequestType(String serviceDeskId, String requestTypeId, String name) {
    state.addRequestType(serviceDeskId, requestTypeId, name);
    return this;
  }

  /** Adds a request; it becomes the one with the latest activity. */
  public JsmSimulator addRequest(JsmRequest request) {
    state.addRequest(request);
    return this;
  }

  /** Adds an approval step to a request, after those already there. */
  public JsmSimulator addApproval(String requestKey, JsmApproval approval) {
    state.addApproval(requestKey, approval);
    return this;
  }

  /**
   * The transitions offered from a status (by name), replacing any set before: listed as customer
   * transitions by the servicedeskapi and as workflow transitions, with target status and required
   * screen fields, by the platform API.
   */
  public JsmSimulator setTransitions(String fromStatusName, JsmTransition... transitions) {
    state.setTransitions(fromStatusName, List.of(transitions));
    return this;
  }

  /** The transitions offered from a status, replacing any set before. */
  public JsmSimulator setTransitions(JsmStatus from, JsmTransition... transitions) {
    return setTransitions(from.name(), transitions);
  }

  /** Sets an issue property of a request to a JSON value, as if written earlier. */
  public JsmSimulator setIssueProperty(String requestKey, String propertyKey, String json) {
    synchronized (state) {
      state.stored(requestKey).properties().put(propertyKey, JsmJson.readTree(json));
    }
    return this;
  }

  /** The server-side page cap of every paged call; 50 unless set. */
  public JsmSimulator setMaxLimit(int maxLimit) {
    state.setMaxLimit(maxLimit);
    return this;
  }

  /** Replaces an account's API token, as a rotation does: the old one gets 401 from now on. */
  public JsmSimulator rotateApiToken(String accountId, String newApiToken) {
    state.setApiToken(accountId, newApiToken);
    return this;
  }

  /**
   * Answers the next calls of a path (such as {@code /rest/servicedeskapi/request}) with these
   * responses, one per call and in order, before authentication; later calls are answered normally.
   */
  public JsmSimulator enqueue(String path, CannedResponse... responses) {
    for (CannedResponse response : responses) {
      state.enqueue(path, response);
    }
    return this;
  }

  // Inspection.

  /** Every comment of a request, oldest first, with its public flag. */
  public List<JsmComment> comments(String requestKey) {
    synchronized (state) {
      return List.copyOf(state.stored(requestKey).comments());
    }
  }

  /** A request's current status. */
  public JsmStatus status(String requestKey) {
    synchronized (state) {
      return state.stored(requestKey).status();
    }
  }

  /** An issue property of a request as JSON text, empty when it is not set. */
  public Optional<String> issueProperty(String requestKey, String propertyKey) {
    synchronized (state) {
      return Optional.ofNullable(state.stored(requestKey).properties().get(propertyKey))
          .map(JsonNode::toString);
    }
  }

  /** Every call received so far, oldest first, with {@code Authorization} redacted. */
  public List<RecordedRequest> recorded() {
    return state.log();
  }

  /** Forgets the calls recorded so far. */
  public void clearRecorded() {
    state.clearLog();
  }
}
