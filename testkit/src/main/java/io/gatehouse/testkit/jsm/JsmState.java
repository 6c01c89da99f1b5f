package io.gatehouse.testkit.jsm;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the simulator knows. Every method holds the instance's lock, and the HTTP side takes
 * the same lock around each call, so a request sees one consistent state.
 */
final class JsmState implements JsmJson.Accounts {
  private final Clock clock;
  private final Map<String, JsmAccount> accounts = new LinkedHashMap<>();
  private final Map<String, Desk> desks = new LinkedHashMap<>();
  private final Map<String, StoredRequest> requestsByKey = new LinkedHashMap<>();
  private final Map<String, StoredRequest> requestsById = new HashMap<>();
  private final Map<String, List<JsmTransition>> transitionsByStatus = new HashMap<>();
  private final Map<String, Deque<CannedResponse>> canned = new HashMap<>();
  private final List<RecordedRequest> log = new ArrayList<>();
  private int maxLimit = Page.DEFAULT_LIMIT;
  private long activity;
  private long nextIssueId = 10000;
  private long nextCommentId = 50000;

  /** A service desk: its project key, agents and request types. */
  record Desk(String id, String projectKey, Set<String> agents, Map<String, String> requestTypes) {}

  JsmState(Clock clock) {
    this.clock = clock;
  }

  synchronized Instant now() {
    return clock.instant();
  }

  synchronized long nextActivity() {
    return ++activity;
  }

  synchronized String nextCommentId() {
    return Long.toString(nextCommentId++);
  }

  // Seeding.

  synchronized void addAccount(JsmAccount account) {
    accounts.put(account.accountId(), account);
  }

  synchronized void addDesk(String id, String projectKey) {
    if (desks.containsKey(id)) {
      throw new IllegalArgumentException("service desk " + id + " exists already");
    }
    desks.put(id, new Desk(id, projectKey, new LinkedHashSet<>(), new LinkedHashMap<>()));
  }

  synchronized void addAgent(String deskId, String accountId) {
    account(accountId);
    desk(deskId).agents().add(accountId);
  }

  synchronized void addRequestType(String deskId, String id, String name) {
    desk(deskId).requestTypes().put(id, name);
  }

  synchronized void addRequest(JsmRequest request) {
    Desk desk = desk(request.serviceDeskId());
    if (!desk.requestTypes().containsKey(request.requestTypeId())) {
      throw new IllegalArgumentException(
          "request type " + request.requestTypeId() + " is not a type of desk " + desk.id());
    }
    if (!request.key().startsWith(desk.projectKey() + "-")) {
      throw new IllegalArgumentException(
          request.key() + " is not in project " + desk.projectKey() + " of desk " + desk.id());
    }
    if (requestsByKey.containsKey(request.key())) {
      throw new IllegalArgumentException("request " + request.key() + " exists already");
    }
    checkAccounts(request);

    Instant created = request.created() == null ? clock.instant() : request.created();
    String issueId = Long.toString(nextIssueId++);
    StoredRequest stored = new StoredRequest(request, issueId, created, ++activity);
    requestsByKey.put(request.key(), stored);
    requestsById.put(issueId, stored);
  }

  synchronized void addApproval(String key, JsmApproval approval) {
    approval.approvers().forEach(approver -> account(approver.accountId()));
    stored(key).approvals().add(approval);
  }

  synchronized void setTransitions(String statusName, List<JsmTransition> transitions) {
    transitionsByStatus.put(statusName, List.copyOf(transitions));
  }

  synchronized void setMaxLimit(int maxLimit) {
    if (maxLimit < 1) {
      throw new IllegalArgumentException("maxLimit must be at least 1: " + maxLimit);
    }
    this.maxLimit = maxLimit;
  }

  synchronized void setApiToken(String accountId, String apiToken) {
    JsmAccount old = account(accountId);
    String login = old.loginEmail() != null ? old.loginEmail() : old.emailAddress();
    accounts.put(
        accountId,
        new JsmAccount(accountId, old.displayName(), old.emailAddress(), login, apiToken));
  }

  synchronized void enqueue(String path, CannedResponse response) {
    canned.computeIfAbsent(path, p -> new ArrayDeque<>()).add(response);
  }

  // Reading, for the API and for inspection.

  synchronized Optional<CannedResponse> takeCanned(String path) {
    Deque<CannedResponse> queue = canned.get(path);
    return queue == null ? Optional.empty() : Optional.ofNullable(queue.poll());
  }

  synchronized void record(RecordedRequest request) {
    log.add(request);
  }

  synchronized List<RecordedRequest> log() {
    return List.copyOf(log);
  }

  synchronized void clearLog() {
    log.clear();
  }

  synchronized Optional<JsmAccount> authenticate(String email, String apiToken) {
    return accounts.values().stream()
        .filter(account -> account.apiToken() != null)
        .filter(account -> account.loginEmail().equalsIgnoreCase(email))
        .filter(account -> account.apiToken().equals(apiToken))
        .findFirst();
  }

  @Override
  public synchronized JsmAccount get(String accountId) {
    return account(accountId);
  }

  synchronized int maxLimit() {
    return maxLimit;
  }

  private final Map<String, Set<String>> groupsByAccount = new HashMap<>();

  synchronized void addGroupMember(String group, String accountId) {
    groupsByAccount.computeIfAbsent(accountId, id -> new TreeSet<>()).add(group);
  }

  synchronized Set<String> groupsOf(String accountId) {
    return Set.copyOf(groupsByAccount.getOrDefault(accountId, Set.of()));
  }

  synchronized boolean hasAccount(String accountId) {
    return accounts.containsKey(accountId);
  }

  synchronized Map<String, Desk> desks() {
    return desks;
  }

  synchronized List<StoredRequest> requests() {
    return new ArrayList<>(requestsByKey.values());
  }

  /** A request by key or issue id. */
  synchronized Optional<StoredRequest> find(String keyOrId) {
    StoredRequest stored = requestsByKey.get(keyOrId);
    return Optional.ofNullable(stored != null ? stored : requestsById.get(keyOrId));
  }

  synchronized StoredRequest stored(String key) {
    return find(key).orElseThrow(() -> new IllegalArgumentException("no request " + key));
  }

  synchronized List<JsmTransition> transitionsFrom(JsmStatus status) {
    return transitionsByStatus.getOrDefault(status.name(), List.of());
  }

  private JsmAccount account(String accountId) {
    JsmAccount account = accounts.get(accountId);
    if (account == null) {
      throw new IllegalArgumentException("no account " + accountId + "; seed it first");
    }
    return account;
  }

  private Desk desk(String id) {
    Desk desk = desks.get(id);
    if (desk == null) {
      throw new IllegalArgumentException("no service desk " + id + "; seed it first");
    }
    return desk;
  }

  private void checkAccounts(JsmRequest request) {
    account(request.reporterAccountId());
    request.participantAccountIds().forEach(this::account);
    for (JsmField field : request.fields()) {
      if (field.shape() == JsmField.Shape.USER || field.shape() == JsmField.Shape.USERS) {
        field.parts().forEach(this::account);
      }
      if (field.shape() == JsmField.Shape.RAW_JSON) {
        JsmJson.readTree(field.parts().get(0));
      }
    }
  }
}
