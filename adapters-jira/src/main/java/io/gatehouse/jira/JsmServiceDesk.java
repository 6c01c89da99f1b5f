package io.gatehouse.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.core.port.ServiceDesk;
import io.gatehouse.core.port.ServiceDeskException;
import io.gatehouse.core.port.Visibility;
import io.gatehouse.core.request.Approval;
import io.gatehouse.core.request.ApprovalDecision;
import io.gatehouse.core.request.Person;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.core.request.ServiceRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link ServiceDesk} on the JSM Cloud servicedeskapi, as one agent account of one desk. */
final class JsmServiceDesk implements ServiceDesk {
  private static final Logger LOG = LoggerFactory.getLogger(JsmServiceDesk.class);
  private static final String REQUESTS = "/rest/servicedeskapi/request";
  // A list still shifting after three full passes is left to the next run.
  private static final int MAX_PASSES = 3;

  private final JiraSettings settings;
  private final JsmClient client;
  private final HiddenFields hiddenFields;
  private final Resolver resolver;

  JsmServiceDesk(JiraSettings settings, JsmClient client) {
    this.settings = settings;
    this.client = client;
    this.hiddenFields = new HiddenFields(settings.hiddenFields(), client);
    this.resolver = new Resolver(settings, client);
  }

  @Override
  public Set<String> groupsOf(Person person) {
    JsonNode groups =
        client.get("/rest/api/3/user/groups", Map.of("accountId", List.of(person.accountId())));
    Set<String> names = new LinkedHashSet<>();
    groups.forEach(group -> names.add(group.path("name").asText()));
    names.remove("");
    return names;
  }

  @Override
  public List<ServiceRequest> openRequests() {
    // Only ALL_REQUESTS shows an agent the requests it neither raised nor takes part in.
    Map<String, List<String>> query = new LinkedHashMap<>();
    query.put("serviceDeskId", List.of(settings.serviceDeskId()));
    query.put("requestStatus", List.of("OPEN_REQUESTS"));
    query.put("requestOwnership", List.of("ALL_REQUESTS"));
    List<JsonNode> values = allOpen(query);

    // The list is ordered by activity, so a request touched while paging can show twice. Hidden
    // fields are read only after the whole list is in: reading them changes nothing, but the list
    // is still taken in one go, before the engine's comments and transitions reorder and shrink it.
    Set<String> seen = new LinkedHashSet<>();
    List<ServiceRequest> requests = new ArrayList<>();
    for (JsonNode value : values) {
      Optional<ServiceRequest> request = readable(value);
      if (request.isPresent() && seen.add(request.get().key().value())) {
        requests.add(hiddenFields.fillIn(request.get(), value));
      }
    }
    LOG.info("read {} open requests of service desk {}", requests.size(), settings.serviceDeskId());
    return List.copyOf(requests);
  }

  /**
   * Every open request, read before anything is changed. Offset paging over a list ordered by
   * latest activity shifts when a request gets activity between two pages (another run's comment,
   * an agent's reply), so a request can slip past the page boundary unseen. A list of more than one
   * page is therefore read again from the start until a pass finds no request the earlier passes
   * missed; a list of one page was read in one answer and needs no second look.
   */
  private List<JsonNode> allOpen(Map<String, List<String>> query) {
    Pages.Listing first = Pages.read(client, REQUESTS, query);
    List<JsonNode> values = new ArrayList<>(first.values());
    if (first.pages() < 2) {
      return values;
    }
    Set<String> keys = new LinkedHashSet<>();
    values.forEach(value -> keys.add(value.path("issueKey").asText()));
    for (int pass = 2; pass <= MAX_PASSES; pass++) {
      List<JsonNode> missed =
          Pages.all(client, REQUESTS, query).stream()
              .filter(value -> keys.add(value.path("issueKey").asText()))
              .toList();
      if (missed.isEmpty()) {
        return values;
      }
      LOG.info(
          "pass {} over the open requests found {} that moved while paging", pass, missed.size());
      values.addAll(missed);
    }
    return values;
  }

  @Override
  public Optional<ServiceRequest> request(RequestKey key) {
    Optional<JsonNode> found = client.getIfFound(REQUESTS + "/" + key.value());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String deskId = found.get().path("serviceDeskId").asText();
    if (!deskId.equals(settings.serviceDeskId())) {
      LOG.info("request {} belongs to service desk {}, not ours; ignored", key, deskId);
      return Optional.empty();
    }
    return Optional.of(hiddenFields.fillIn(RequestMapper.request(found.get()), found.get()));
  }

  @Override
  public List<Approval> approvals(RequestKey key) {
    List<Approval> approvals = new ArrayList<>();
    for (JsonNode node : Pages.all(client, REQUESTS + "/" + key.value() + "/approval", Map.of())) {
      approvals.add(approval(key, node));
    }
    return List.copyOf(approvals);
  }

  @Override
  public void comment(RequestKey key, String body, Visibility visibility) {
    boolean isPublic = visibility == Visibility.PUBLIC;
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("body", body);
    payload.put("public", isPublic);

    JsonNode created = client.post(REQUESTS + "/" + key.value() + "/comment", payload).body();

    // A missing flag counts as public: the port promises never to leave an internal note exposed.
    if (!isPublic && created.path("public").asBoolean(true)) {
      throw new ServiceDeskException(
          "JSM did not keep the internal comment on " + key + " internal; check the agent's role",
          false);
    }
  }

  @Override
  public void resolve(RequestKey key) {
    resolver.resolve(key);
  }

  /** One unreadable request (say, a reporter without an account id) must not hide the others. */
  private static Optional<ServiceRequest> readable(JsonNode value) {
    try {
      return Optional.of(RequestMapper.request(value));
    } catch (ServiceDeskException e) {
      LOG.warn("{}; the request is left out of this run. Check it in JSM.", e.getMessage());
      return Optional.empty();
    }
  }

  private static Approval approval(RequestKey key, JsonNode node) {
    String id = node.path("id").asText();
    List<Approval.Vote> votes = new ArrayList<>();
    for (JsonNode approver : node.path("approvers")) {
      votes.add(
          new Approval.Vote(
              RequestMapper.person(approver.path("approver")),
              decision(key, id, approver.path("approverDecision"))));
    }
    return new Approval(
        id, node.path("name").asText(""), decision(key, id, node.path("finalDecision")), votes);
  }

  private static ApprovalDecision decision(RequestKey key, String approvalId, JsonNode value) {
    return switch (value.asText("").toLowerCase(Locale.ROOT)) {
      case "approved" -> ApprovalDecision.APPROVED;
      case "declined" -> ApprovalDecision.DECLINED;
      case "pending" -> ApprovalDecision.PENDING;
      default ->
          throw new ServiceDeskException(
              "approval "
                  + approvalId
                  + " of "
                  + key
                  + " has an unknown decision '"
                  + value.asText()
                  + "'",
              false);
    };
  }
}
