package io.gatehouse.testkit.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The Jira platform's issue properties on requests ({@code /rest/api/2|3/issue/{key}/properties/
 * {propertyKey}}), usable as idempotency markers. Callers hold the state's lock.
 */
final class PlatformApi {
  private static final int MAX_VALUE = 32768;
  private static final int MAX_KEY = 255;

  private final JsmState state;

  PlatformApi(JsmState state) {
    this.state = state;
  }

  JsmApi.Reply getProperty(JsmAccount caller, String keyOrId, String propertyKey) {
    StoredRequest stored = visible(caller, keyOrId);
    JsonNode value = stored.properties().get(propertyKey);
    if (value == null) {
      throw ApiError.platform(404, "The property with key '" + propertyKey + "' does not exist.");
    }
    ObjectNode body = JsmJson.MAPPER.createObjectNode();
    body.put("key", propertyKey);
    body.set("value", value);
    return new JsmApi.Reply(200, body);
  }

  JsmApi.Reply putProperty(JsmAccount caller, String keyOrId, String propertyKey, String body) {
    StoredRequest stored = visible(caller, keyOrId);
    if (!isAgent(caller, stored)) {
      throw ApiError.platform(403, "You do not have permission to edit this issue.");
    }
    if (propertyKey.length() > MAX_KEY) {
      throw ApiError.platform(400, "The property key is longer than " + MAX_KEY + " characters.");
    }
    if (body.isBlank() || body.length() > MAX_VALUE) {
      throw ApiError.platform(
          400,
          "The property value must be non-empty JSON of at most " + MAX_VALUE + " characters.");
    }
    JsonNode value;
    try {
      value = JsmJson.MAPPER.readTree(body);
    } catch (IOException e) {
      throw ApiError.platform(400, "The property value is not valid JSON.");
    }

    boolean created = stored.properties().put(propertyKey, value) == null;
    return new JsmApi.Reply(created ? 201 : 200, null);
  }

  JsmApi.Reply deleteProperty(JsmAccount caller, String keyOrId, String propertyKey) {
    StoredRequest stored = visible(caller, keyOrId);
    if (stored.properties().remove(propertyKey) == null) {
      throw ApiError.platform(404, "The property with key '" + propertyKey + "' does not exist.");
    }
    return new JsmApi.Reply(204, null);
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
