package io.gatehouse.core.fakes;

import io.gatehouse.core.port.ServiceDesk;
import io.gatehouse.core.port.ServiceDeskException;
import io.gatehouse.core.port.Visibility;
import io.gatehouse.core.request.Approval;
import io.gatehouse.core.request.Person;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.core.request.ServiceRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A service desk in memory that records comments and resolutions. Safe for use by many threads:
 * every method holds the desk's lock.
 */
public final class FakeServiceDesk implements ServiceDesk {
  private final Map<RequestKey, ServiceRequest> open = new LinkedHashMap<>();
  private final Map<RequestKey, List<Approval>> approvals = new HashMap<>();
  private final List<Comment> comments = new ArrayList<>();
  private final List<RequestKey> resolved = new ArrayList<>();
  private Predicate<Comment> failingComments = comment -> false;
  private int failures;

  /** A comment as posted. */
  public record Comment(RequestKey key, String body, Visibility visibility) {}

  public synchronized FakeServiceDesk add(ServiceRequest request, Approval... approvalSteps) {
    open.put(request.key(), request);
    approvals.put(request.key(), List.of(approvalSteps));
    return this;
  }

  /** Replaces a request's content, as an edit on the portal would. */
  public synchronized void replace(ServiceRequest request) {
    open.put(request.key(), request);
  }

  public synchronized void setApprovals(RequestKey key, Approval... approvalSteps) {
    approvals.put(key, List.of(approvalSteps));
  }

  /** Makes comments matching the predicate fail, as a desk outage would. */
  public synchronized void failCommentsWhen(Predicate<Comment> predicate) {
    failingComments = predicate;
  }

  private final Map<String, Set<String>> groups = new HashMap<>();

  /** Makes an account a member of a Jira group. */
  public synchronized FakeServiceDesk member(String accountId, String group) {
    groups.computeIfAbsent(accountId, id -> new TreeSet<>()).add(group);
    return this;
  }

  @Override
  public synchronized Set<String> groupsOf(Person person) {
    return Set.copyOf(groups.getOrDefault(person.accountId(), Set.of()));
  }

  @Override
  public synchronized List<ServiceRequest> openRequests() {
    return List.copyOf(open.values());
  }

  @Override
  public synchronized Optional<ServiceRequest> request(RequestKey key) {
    return Optional.ofNullable(open.get(key));
  }

  @Override
  public synchronized List<Approval> approvals(RequestKey key) {
    return approvals.getOrDefault(key, List.of());
  }

  @Override
  public synchronized void comment(RequestKey key, String body, Visibility visibility) {
    Comment comment = new Comment(key, body, visibility);
    if (failingComments.test(comment)) {
      failures++;
      throw new ServiceDeskException(
          "POST comment on " + key + " answered 503 (attempt " + failures + ")", true);
    }
    comments.add(comment);
  }

  @Override
  public synchronized void resolve(RequestKey key) {
    open.remove(key);
    resolved.add(key);
  }

  public synchronized List<Comment> comments(RequestKey key) {
    return comments.stream().filter(comment -> comment.key().equals(key)).toList();
  }

  public synchronized List<Comment> comments() {
    return List.copyOf(comments);
  }

  public synchronized List<RequestKey> resolved() {
    return List.copyOf(resolved);
  }
}
