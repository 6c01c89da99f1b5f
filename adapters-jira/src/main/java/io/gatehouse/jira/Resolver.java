package io.gatehouse.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.core.port.ServiceDeskException;
import io.gatehouse.core.request.RequestKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves a request through the platform's workflow transitions, which, unlike the customer
 * transitions of the servicedeskapi, say which status each leads to and which screen fields it
 * requires. The transition is chosen from the request's live list: by configured name first, else
 * by configured target status, both trimmed and case-insensitive; ids are never configured, as they
 * differ per workflow and status. A transition whose screen requires a field Gatehouse cannot fill
 * is not attempted. Every refusal is a non-retryable {@link ServiceDeskException} that names what
 * was configured and what was available.
 */
final class Resolver {
  private static final Logger LOG = LoggerFactory.getLogger(Resolver.class);
  private static final String RESOLUTION = "resolution";

  private final JiraSettings settings;
  private final JsmClient client;

  Resolver(JiraSettings settings, JsmClient client) {
    this.settings = settings;
    this.client = client;
  }

  void resolve(RequestKey key) {
    String path = "/rest/api/3/issue/" + key.value() + "/transitions";
    JsonNode listed = client.get(path, Map.of("expand", List.of("transitions.fields")));
    List<JsonNode> transitions = new ArrayList<>();
    listed.path("transitions").forEach(transitions::add);

    JsonNode chosen = choose(key, transitions);
    String name = chosen.path("name").asText();
    Map<String, Object> fields = screenFields(key, chosen);

    Map<String, Object> body = new LinkedHashMap<>();
    body.put("transition", Map.of("id", chosen.path("id").asText()));
    if (!fields.isEmpty()) {
      body.put("fields", fields);
    }
    JsmClient.Reply reply = client.postAllowingRefusal(path, body);
    if (reply.status() == 400 && needsResolution(reply, fields)) {
      // The screen metadata did not say so, but the workflow asks for a resolution after all.
      fields.put(RESOLUTION, Map.of("name", settings.resolution().orElseThrow()));
      body.put("fields", fields);
      reply = client.postAllowingRefusal(path, body);
    }
    if (reply.status() == 400) {
      throw new ServiceDeskException(
          client.describe("POST", path, reply) + " (transition '" + name + "' of " + key + ")",
          false);
    }
    LOG.info("resolved request {} by transition '{}'", key, name);
  }

  private JsonNode choose(RequestKey key, List<JsonNode> transitions) {
    String wanted = settings.resolveTransitionName();
    Optional<JsonNode> byName =
        wanted.isEmpty()
            ? Optional.empty()
            : transitions.stream().filter(t -> same(t.path("name").asText(), wanted)).findFirst();
    Optional<JsonNode> byStatus =
        settings
            .resolveStatus()
            .flatMap(
                status ->
                    transitions.stream()
                        .filter(t -> same(t.path("to").path("name").asText(), status))
                        .findFirst());
    return byName.or(() -> byStatus).orElseThrow(() -> noneFits(key, transitions));
  }

  private ServiceDeskException noneFits(RequestKey key, List<JsonNode> transitions) {
    List<String> wanted = new ArrayList<>();
    if (!settings.resolveTransitionName().isEmpty()) {
      wanted.add("named '" + settings.resolveTransitionName() + "' (jira.resolveTransition)");
    }
    settings
        .resolveStatus()
        .ifPresent(status -> wanted.add("leading to '" + status + "' (jira.resolveStatus)"));
    List<String> available =
        transitions.stream()
            .map(
                t ->
                    "'"
                        + t.path("name").asText()
                        + "' to '"
                        + t.path("to").path("name").asText()
                        + "'")
            .toList();
    return new ServiceDeskException(
        "request "
            + key
            + " has no transition "
            + String.join(" or ", wanted)
            + "; available: "
            + (available.isEmpty()
                ? "none (the agent account may lack Transition issues)"
                : String.join(", ", available)),
        false);
  }

  /** The values for the chosen transition's required screen fields; fails when one is unknown. */
  private Map<String, Object> screenFields(RequestKey key, JsonNode transition) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    transition
        .path("fields")
        .fields()
        .forEachRemaining(
            entry -> {
              JsonNode meta = entry.getValue();
              if (!meta.path("required").asBoolean(false)
                  || meta.path("hasDefaultValue").asBoolean(false)) {
                return;
              }
              if (entry.getKey().equals(RESOLUTION) && settings.resolution().isPresent()) {
                values.put(RESOLUTION, Map.of("name", settings.resolution().get()));
              } else {
                missing.add(entry.getKey());
              }
            });
    if (!missing.isEmpty()) {
      throw new ServiceDeskException(
          "transition '"
              + transition.path("name").asText()
              + "' of "
              + key
              + " requires the screen field(s) "
              + String.join(", ", missing)
              + ", which Gatehouse does not fill"
              + (missing.contains(RESOLUTION) ? " (set jira.resolution to fill resolution)" : "")
              + "; take the field off the transition screen or choose another transition",
          false);
    }
    return values;
  }

  private boolean needsResolution(JsmClient.Reply refused, Map<String, Object> sent) {
    return settings.resolution().isPresent()
        && !sent.containsKey(RESOLUTION)
        && refused.body().path("errors").has(RESOLUTION);
  }

  private static boolean same(String live, String configured) {
    return live.trim().toLowerCase(Locale.ROOT).equals(configured.trim().toLowerCase(Locale.ROOT));
  }
}
