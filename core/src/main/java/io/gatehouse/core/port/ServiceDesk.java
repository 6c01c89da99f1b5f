package io.gatehouse.core.port;

import io.gatehouse.core.request.Approval;
import io.gatehouse.core.request.Person;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.core.request.ServiceRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The service desk where people raise requests and approvers decide: Jira Service Management in
 * production. Every method may throw {@link ServiceDeskException}, which says whether trying again
 * later can help.
 */
public interface ServiceDesk {

  /**
   * Every open request of the configured desk, read whole (all pages) before anything is changed,
   * in the order the desk gives them. Requests Gatehouse cannot see are not listed.
   */
  List<ServiceRequest> openRequests();

  /** One request by key; empty when it does not exist or is not visible to Gatehouse. */
  Optional<ServiceRequest> request(RequestKey key);

  /**
   * The names of the Jira groups an account belongs to, for approval rules that accept the members
   * of some groups; empty when it belongs to none.
   */
  Set<String> groupsOf(Person person);

  /** Every approval step of a request, all pages; empty when the request has none. */
  List<Approval> approvals(RequestKey key);

  /**
   * Adds a comment. An internal comment is never posted as a public one: when the desk would not
   * keep it internal, this fails instead. Not idempotent: a second call posts a second comment.
   */
  void comment(RequestKey key, String body, Visibility visibility);

  /**
   * Moves the request to the configured resolution. Fails with a non-retryable {@link
   * ServiceDeskException} naming the available transitions when none fits.
   */
  void resolve(RequestKey key);
}
