package io.gatehouse.testkit.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Renders the servicedeskapi DTOs, holding the shapes of the published description. */
final class JsmJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter JIRA =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter FRIENDLY =
      DateTimeFormatter.ofPattern("dd/MMM/yy h:mm a", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final String site;

  JsmJson(String site) {
    this.site = site;
  }

  static String errorBody(String message) {
    try {
      return MAPPER.writeValueAsString(error(message));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code ErrorResponse} shape. */
  static ObjectNode error(String message) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("errorMessage", message);
    ObjectNode i18n = node.putObject("i18nErrorMessage");
    i18n.put("i18nKey", "sd.simulator.error");
    i18n.putArray("parameters");
    return node;
  }

  /** The platform's {@code ErrorCollection} shape. */
  static ObjectNode platformError(String message, int status) {
    return platformError(message, Map.of(), status);
  }

  /**
   * The platform's {@code ErrorCollection} shape with per-field errors; a blank message is left
   * out.
   */
  static ObjectNode platformError(String message, Map<String, String> fieldErrors, int status) {
    ObjectNode node = MAPPER.createObjectNode();
    ArrayNode messages = node.putArray("errorMessages");
    if (!message.isBlank()) {
      messages.add(message);
    }
    ObjectNode errors = node.putObject("errors");
    new TreeMap<>(fieldErrors).forEach(errors::put);
    node.put("status", status);
    return node;
  }

  String site() {
    return site;
  }

  String api() {
    return site + "/rest/servicedeskapi";
  }

  ObjectNode date(Instant instant) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("iso8601", ISO.format(instant));
    node.put("jira", JIRA.format(instant));
    node.put("friendly", FRIENDLY.format(instant));
    node.put("epochMillis", instant.toEpochMilli());
    return node;
  }

  ObjectNode user(JsmAccount account) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("accountId", account.accountId());
    node.put("displayName", account.displayName());
    account.email().ifPresent(email -> node.put("emailAddress", email));
    node.put("active", true);
    node.put("timeZone", "Etc/UTC");
    String self = site + "/rest/api/2/user?accountId=" + encode(account.accountId());
    ObjectNode links = node.putObject("_links");
    links.put("jiraRest", self);
    links.put("self", self);
    return node;
  }

  ObjectNode option(JsmField.Option option) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("self", site + "/rest/api/2/customFieldOption/" + encode(option.id()));
    node.put("value", option.value());
    node.put("id", option.id());
    return node;
  }

  ObjectNode customerRequest(StoredRequest stored, Accounts accounts) {
    JsmRequest seed = stored.seed();
    ObjectNode node = MAPPER.createObjectNode();
    node.putArray("_expands")
        .add("participant")
        .add("status")
        .add("sla")
        .add("requestType")
        .add("serviceDesk")
        .add("attachment")
        .add("action")
        .add("comment");
    node.put("issueId", stored.issueId());
    node.put("issueKey", seed.key());
    node.put("requestTypeId", seed.requestTypeId());
    node.put("serviceDeskId", seed.serviceDeskId());
    node.set("createdDate", date(stored.created()));
    node.set("reporter", user(accounts.get(seed.reporterAccountId())));

    ArrayNode values = node.putArray("requestFieldValues");
    for (JsmField field : seed.fields()) {
      if (!field.hidden()) {
        ObjectNode entry = values.addObject();
        entry.put("fieldId", field.fieldId());
        entry.put("label", field.label());
        entry.set("value", fieldValue(field, accounts));
      }
    }

    ObjectNode status = node.putObject("currentStatus");
    status.put("status", stored.status().name());
    status.put("statusCategory", stored.status().category().name());
    status.set("statusDate", date(stored.statusDate()));

    ObjectNode links = node.putObject("_links");
    links.put("jiraRest", site + "/rest/api/2/issue/" + stored.issueId());
    links.put(
        "web", site + "/servicedesk/customer/portal/" + seed.serviceDeskId() + "/" + seed.key());
    links.put("agent", site + "/browse/" + seed.key());
    links.put("self", api() + "/request/" + stored.issueId());
    return node;
  }

  JsonNode fieldValue(JsmField field, Accounts accounts) {
    return switch (field.shape()) {
      case TEXT -> MAPPER.getNodeFactory().textNode(field.parts().get(0));
      case NUMBER -> MAPPER.getNodeFactory().numberNode(new BigDecimal(field.parts().get(0)));
      case OPTION -> option(field.optionList().get(0));
      case OPTIONS -> {
        ArrayNode array = MAPPER.createArrayNode();
        field.optionList().forEach(option -> array.add(option(option)));
        yield array;
      }
      case USER -> user(accounts.get(field.parts().get(0)));
      case USERS -> {
        ArrayNode array = MAPPER.createArrayNode();
        field.parts().forEach(id -> array.add(user(accounts.get(id))));
        yield array;
      }
      case NULL -> MAPPER.getNodeFactory().nullNode();
      case EMPTY_LIST -> MAPPER.createArrayNode();
      case RAW_JSON -> readTree(field.parts().get(0));
    };
  }

  ObjectNode approval(String issueId, JsmApproval approval, String callerId, Accounts accounts) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", approval.id());
    node.put("name", approval.name());
    node.put("finalDecision", approval.finalDecision().wire());
    node.put("canAnswerApproval", canAnswer(approval, callerId));
    ArrayNode approvers = node.putArray("approvers");
    for (JsmApproval.Approver approver : approval.approvers()) {
      ObjectNode entry = approvers.addObject();
      entry.set("approver", user(accounts.get(approver.accountId())));
      entry.put("approverDecision", approver.decision().wire());
    }
    node.set("createdDate", date(approval.created()));
    if (approval.completed() != null) {
      node.set("completedDate", date(approval.completed()));
    }
    node.putObject("_links")
        .put("self", api() + "/request/" + issueId + "/approval/" + approval.id());
    return node;
  }

  private static boolean canAnswer(JsmApproval approval, String callerId) {
    return approval.finalDecision() == JsmApproval.Decision.PENDING
        && approval.approvers().stream()
            .anyMatch(
                approver ->
                    approver.accountId().equals(callerId)
                        && approver.decision() == JsmApproval.Decision.PENDING);
  }

  ObjectNode comment(String issueId, JsmComment comment, Accounts accounts) {
    ObjectNode node = MAPPER.createObjectNode();
    node.putArray("_expands").add("attachment").add("renderedBody");
    node.put("id", comment.id());
    node.put("body", comment.body());
    node.put("public", comment.isPublic());
    node.set("author", user(accounts.get(comment.authorAccountId())));
    node.set("created", date(comment.created()));
    node.putObject("_links")
        .put("self", api() + "/request/" + issueId + "/comment/" + comment.id());
    return node;
  }

  ObjectNode transition(JsmTransition transition) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", transition.id());
    node.put("name", transition.name());
    return node;
  }

  static JsonNode readTree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** Looks accounts up for rendering; unknown ids are a seeding mistake. */
  interface Accounts {
    JsmAccount get(String accountId);
  }
}
