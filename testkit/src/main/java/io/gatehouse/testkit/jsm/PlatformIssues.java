package io.gatehouse.testkit.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Jira platform's view of a request as an issue: {@code GET /rest/api/3/issue/{key}?fields=…}
 * (hidden request-type fields included, fields the issue does not have left out) and the workflow
 * transitions of {@code /rest/api/3/issue/{key}/transitions}, with target status and, on {@code
 * expand=transitions.fields}, the screen's required fields. Only the desk's agents may transition.
 * Callers hold the state's lock.
 */
final class PlatformIssues {
  private final JsmState state;
  private final JsmJson json;

  PlatformIssues(JsmState state, JsmJson json) {
    this.state = state;
    this.json = json;
  }

  JsmApi.Reply getIssue(JsmAccount caller, String keyOrId, Map<String, List<String>> query) {
    StoredRequest stored = visible(caller, keyOrId);
    ObjectNode body = JsmJson.MAPPER.createObjectNode();
    body.put("expand", "renderedFields,names,schema,operations,editmeta,changelog");
    body.put("id", stored.issueId());
    body.put("self", json.site() + "/rest/api/3/issue/" + stored.issueId());
    body.put("key", stored.seed().key());

    ObjectNode fields = body.putObject("fields");
    for (String fieldId : requested(query)) {
      for (JsmField field : stored.seed().fields()) {
        if (field.fieldId().equals(fieldId)) {
          fields.set(fieldId, json.fieldValue(field, state));
        }
      }
    }
    return new JsmApi.Reply(200, body);
  }

  JsmApi.Reply listTransitions(JsmAccount caller, String keyOrId, Map<String, List<String>> query) {
    StoredRequest stored = visible(caller, keyOrId);
    boolean withFields =
        query.getOrDefault("expand", List.of()).stream()
            .anyMatch(value -> List.of(value.split(",")).contains("transitions.fields"));

    ObjectNode body = JsmJson.MAPPER.createObjectNode();
    ArrayNode transitions = body.putArray("transitions");
    if (isAgent(caller, stored)) {
      // Without Transition issues the platform answers an empty list, not an error.
      state
          .transitionsFrom(stored.status())
          .forEach(t -> transitions.add(transition(t, withFields)));
    }
    return new JsmApi.Reply(200, body);
  }

  JsmApi.Reply transition(JsmAccount caller, String keyOrId, JsonNode body) {
    StoredRequest stored = visible(caller, keyOrId);
    JsonNode id = body.path("transition").path("id");
    if (!id.isTextual() && !id.isIntegralNumber()) {
      throw ApiError.platform(400, "You must specify a transition to perform.");
    }
    JsmTransition transition =
        state.transitionsFrom(stored.status()).stream()
            .filter(candidate -> isAgent(caller, stored))
            .filter(candidate -> candidate.id().equals(id.asText()))
            .findFirst()
            .orElseThrow(
                () ->
                    ApiError.platform(
                        400, "Transition id '" + id.asText() + "' is not valid for this issue."));

    JsonNode given = body.path("fields");
    Map<String, String> errors = new LinkedHashMap<>();
    given
        .fieldNames()
        .forEachRemaining(
            field -> {
              if (!transition.requiredFields().contains(field)) {
                errors.put(
                    field,
                    "Field '"
                        + field
                        + "' cannot be set. It is not on the appropriate screen, or unknown.");
              }
            });
    for (String required : transition.requiredFields()) {
      JsonNode value = given.path(required);
      if (value.isMissingNode() || value.isNull() || value.isEmpty() && value.isContainerNode()) {
        errors.put(required, "Field '" + required + "' is required");
      }
    }
    if (!errors.isEmpty()) {
      throw ApiError.platformFields(400, errors);
    }

    Instant now = state.now();
    stored.moveTo(transition.to(), now, state.nextActivity());
    return new JsmApi.Reply(204, null);
  }

  private ObjectNode transition(JsmTransition transition, boolean withFields) {
    ObjectNode node = JsmJson.MAPPER.createObjectNode();
    node.put("id", transition.id());
    node.put("name", transition.name());
    node.set("to", status(transition.to()));
    node.put("hasScreen", !transition.requiredFields().isEmpty());
    node.put("isGlobal", false);
    node.put("isInitial", false);
    node.put("isAvailable", true);
    node.put("isConditional", false);
    node.put("looped", false);
    if (withFields) {
      ObjectNode fields = node.putObject("fields");
      transition.requiredFields().forEach(field -> fields.set(field, fieldMetadata(field)));
    }
    return node;
  }

  private ObjectNode status(JsmStatus status) {
    ObjectNode node = JsmJson.MAPPER.createObjectNode();
    node.put("self", json.site() + "/rest/api/3/status/" + JsmJson.encode(status.name()));
    node.put("description", "");
    node.put("name", status.name());
    ObjectNode category = node.putObject("statusCategory");
    String key =
        switch (status.category()) {
          case DONE -> "done";
          case INDETERMINATE -> "indeterminate";
          case NEW -> "new";
          case UNDEFINED -> "undefined";
        };
    category.put("key", key);
    category.put("name", key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1));
    return node;
  }

  private static ObjectNode fieldMetadata(String fieldId) {
    ObjectNode node = JsmJson.MAPPER.createObjectNode();
    node.put("required", true);
    ObjectNode schema = node.putObject("schema");
    if (fieldId.matches("customfield_[0-9]{1,18}")) {
      schema.put("type", "string");
      schema.put("custom", "com.atlassian.jira.plugin.system.customfieldtypes:textfield");
      schema.put("customId", Long.parseLong(fieldId.substring("customfield_".length())));
    } else {
      schema.put("type", fieldId);
      schema.put("system", fieldId);
    }
    node.put("name", fieldId);
    node.put("key", fieldId);
    node.putArray("operations").add("set");
    return node;
  }

  private static List<String> requested(Map<String, List<String>> query) {
    return query.getOrDefault("fields", List.of()).stream()
        .flatMap(value -> List.of(value.split(",")).stream())
        .map(String::trim)
        .filter(value -> !value.isEmpty())
        .toList();
  }

  private StoredRequest visible(JsmAccount caller, String keyOrId) {
    return state
        .find(keyOrId)
        .filter(
            stored ->
                isAgent(caller, stored)
                    || stored.seed().reporterAccountId().equals(caller.accountId()))
        .orElseThrow(
            () ->
                ApiError.platform(
                    404, "Issue does not exist or you do not have permission to see it."));
  }

  private boolean isAgent(JsmAccount caller, StoredRequest stored) {
    return state.desks().get(stored.seed().serviceDeskId()).agents().contains(caller.accountId());
  }
}
