package io.gatehouse.testkit.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The servicedeskapi operations the simulator answers. Callers hold the state's lock around each
 * call; every method answers for one authenticated account.
 */
final class JsmApi {
  private static final Set<String> DEFAULT_OWNERSHIP =
      Set.of("OWNED_REQUESTS", "PARTICIPATED_REQUESTS", "ALL_ORGANIZATIONS");
  private static final Set<String> OWNERSHIPS =
      Set.of(
          "OWNED_REQUESTS",
          "PARTICIPATED_REQUESTS",
          "ORGANIZATION",
          "ALL_ORGANIZATIONS",
          "APPROVER",
          "ALL_REQUESTS");

  /** An answer: the status and a JSON body, or no body. */
  record Reply(int status, JsonNode body) {}

  private final JsmState state;
  private final JsmJson json;

  JsmApi(JsmState state, JsmJson json) {
    this.state = state;
    this.json = json;
  }

  Reply listRequests(JsmAccount caller, Map<String, List<String>> query) {
    Set<String> ownership = ownership(query);
    String status = single(query, "requestStatus", "ALL_REQUESTS");
    if (!Set.of("OPEN_REQUESTS", "CLOSED_REQUESTS", "ALL_REQUESTS").contains(status)) {
      throw new ApiError(400, "The requestStatus '" + status + "' is not valid.");
    }
    String deskId = single(query, "serviceDeskId", null);
    if (deskId != null) {
      Page.intParam(query, "serviceDeskId", 0);
      if (!state.desks().containsKey(deskId)) {
        throw new ApiError(404, "The service desk " + deskId + " does not exist.");
      }
    }

    List<StoredRequest> matching = new ArrayList<>();
    for (StoredRequest stored : state.requests()) {
      boolean inDesk = deskId == null || stored.seed().serviceDeskId().equals(deskId);
      boolean inStatus =
          status.equals("ALL_REQUESTS")
              || stored.status().isOpen() == status.equals("OPEN_REQUESTS");
      if (inDesk && inStatus && listedFor(caller, stored, ownership)) {
        matching.add(stored);
      }
    }
    matching.sort(Comparator.comparingLong(StoredRequest::lastActivity).reversed());

    List<JsonNode> values = new ArrayList<>();
    matching.forEach(stored -> values.add(json.customerRequest(stored, state)));
    return ok(Page.of(values, query, state.maxLimit(), json.api(), "/request"));
  }

  Reply getRequest(JsmAccount caller, String keyOrId) {
    return ok(json.customerRequest(visible(caller, keyOrId), state));
  }

  Reply listApprovals(JsmAccount caller, String keyOrId, Map<String, List<String>> query) {
    StoredRequest stored = visible(caller, keyOrId);
    List<JsonNode> values = new ArrayList<>();
    stored
        .approvals()
        .forEach(
            approval ->
                values.add(json.approval(stored.issueId(), approval, caller.accountId(), state)));
    String path = "/request/" + stored.issueId() + "/approval";
    return ok(Page.of(values, query, state.maxLimit(), json.api(), path));
  }

  Reply listComments(JsmAccount caller, String keyOrId, Map<String, List<String>> query) {
    StoredRequest stored = visible(caller, keyOrId);
    boolean agent = isAgent(caller, stored);
    boolean showPublic = bool(query, "public", true);
    boolean showInternal = bool(query, "internal", true) && agent;

    List<JsonNode> values = new ArrayList<>();
    for (JsmComment comment : stored.comments()) {
      if (comment.isPublic() ? showPublic : showInternal) {
        values.add(json.comment(stored.issueId(), comment, state));
      }
    }
    String path = "/request/" + stored.issueId() + "/comment";
    return ok(Page.of(values, query, state.maxLimit(), json.api(), path));
  }

  Reply addComment(JsmAccount caller, String keyOrId, JsonNode body) {
    StoredRequest stored = visible(caller, keyOrId);
    JsonNode text = body.get("body");
    JsonNode visibility = body.get("public");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      throw new ApiError(400, "The comment body is missing.");
    }
    if (visibility == null || !visibility.isBoolean()) {
      throw new ApiError(400, "The request is missing the required 'public' field.");
    }
    if (!visibility.booleanValue() && !isAgent(caller, stored)) {
      throw new ApiError(403, "You do not have permission to add internal comments.");
    }

    Instant now = state.now();
    JsmComment comment =
        new JsmComment(
            state.nextCommentId(),
            caller.accountId(),
            text.asText(),
            visibility.booleanValue(),
            now);
    stored.comments().add(comment);
    stored.touch(state.nextActivity());
    return new Reply(201, json.comment(stored.issueId(), comment, state));
  }

  Reply listTransitions(JsmAccount caller, String keyOrId, Map<String, List<String>> query) {
    StoredRequest stored = visible(caller, keyOrId);
    List<JsonNode> values = new ArrayList<>();
    state.transitionsFrom(stored.status()).forEach(t -> values.add(json.transition(t)));
    String path = "/request/" + stored.issueId() + "/transition";
    return ok(Page.of(values, query, state.maxLimit(), json.api(), path));
  }

  Reply transition(JsmAccount caller, String keyOrId, JsonNode body) {
    StoredRequest stored = visible(caller, keyOrId);
    JsonNode id = body.get("id");
    if (id == null || !(id.isTextual() || id.isIntegralNumber())) {
      throw new ApiError(400, "The transition id is missing.");
    }
    JsmTransition transition =
        state.transitionsFrom(stored.status()).stream()
            .filter(candidate -> candidate.id().equals(id.asText()))
            .findFirst()
            .orElseThrow(
                () ->
                    new ApiError(
                        400,
                        "The transition "
                            + id.asText()
                            + " is not valid for the current status of the request."));

    if (!transition.requiredFields().isEmpty()) {
      throw new ApiError(
          400,
          "The transition "
              + transition.name()
              + " needs the field "
              + transition.requiredFields().get(0)
              + ", which customers cannot set.");
    }

    Instant now = state.now();
    JsonNode additional = body.path("additionalComment").path("body");
    if (additional.isTextual() && !additional.asText().isBlank()) {
      stored
          .comments()
          .add(
              new JsmComment(
                  state.nextCommentId(), caller.accountId(), additional.asText(), true, now));
    }
    stored.moveTo(transition.to(), now, state.nextActivity());
    return new Reply(204, null);
  }

  private boolean listedFor(JsmAccount caller, StoredRequest stored, Set<String> ownership) {
    String id = caller.accountId();
    JsmRequest seed = stored.seed();
    return (ownership.contains("OWNED_REQUESTS") && seed.reporterAccountId().equals(id))
        || (ownership.contains("PARTICIPATED_REQUESTS")
            && seed.participantAccountIds().contains(id))
        || (ownership.contains("APPROVER") && isApprover(id, stored))
        || (ownership.contains("ALL_REQUESTS") && isAgent(caller, stored));
  }

  /** A request the caller may see, or 404 as JSM answers for unknown and invisible alike. */
  private StoredRequest visible(JsmAccount caller, String keyOrId) {
    StoredRequest stored = state.find(keyOrId).filter(found -> canSee(caller, found)).orElse(null);
    if (stored == null) {
      throw new ApiError(
          404,
          "The request " + keyOrId + " does not exist or you do not have permission to see it.");
    }
    return stored;
  }

  private boolean canSee(JsmAccount caller, StoredRequest stored) {
    String id = caller.accountId();
    return stored.seed().reporterAccountId().equals(id)
        || stored.seed().participantAccountIds().contains(id)
        || isApprover(id, stored)
        || isAgent(caller, stored);
  }

  private boolean isAgent(JsmAccount caller, StoredRequest stored) {
    return state.desks().get(stored.seed().serviceDeskId()).agents().contains(caller.accountId());
  }

  private static boolean isApprover(String accountId, StoredRequest stored) {
    return stored.approvals().stream()
        .flatMap(approval -> approval.approvers().stream())
        .anyMatch(approver -> approver.accountId().equals(accountId));
  }

  private static Set<String> ownership(Map<String, List<String>> query) {
    List<String> given = query.get("requestOwnership");
    if (given == null || given.isEmpty()) {
      return DEFAULT_OWNERSHIP;
    }
    List<String> values = new ArrayList<>();
    given.forEach(value -> values.addAll(List.of(value.split(","))));
    for (String value : values) {
      if (!OWNERSHIPS.contains(value)) {
        throw new ApiError(400, "The requestOwnership '" + value + "' is not valid.");
      }
    }
    return Set.copyOf(values);
  }

  private static String single(Map<String, List<String>> query, String name, String fallback) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? fallback : values.get(0);
  }

  private static boolean bool(Map<String, List<String>> query, String name, boolean fallback) {
    String value = single(query, name, null);
    return value == null ? fallback : Boolean.parseBoolean(value);
  }

  private static Reply ok(ObjectNode body) {
    return new Reply(200, body);
  }
}
