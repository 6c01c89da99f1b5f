package io.gatehouse.aws.secrets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatehouse.core.port.SecretUnavailableException;
import io.gatehouse.core.secret.Secret;
import io.gatehouse.core.secret.SecretRef;
import java.util.Optional;

/**
 * The text of one secret version, SecretString or SecretBinary alike, and the values read from it.
 * Every failure names the secret id and field and never quotes the text: Jackson's own messages
 * quote what they could not parse, so they are neither shown nor kept as cause.
 */
final class SecretDocument {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String secretId;
  private final Secret text;

  SecretDocument(String secretId, Secret text) {
    this.secretId = secretId;
    this.text = text;
  }

  /** The value the reference names, PEM blocks normalised. */
  Secret value(SecretRef ref, Optional<String> field) {
    String raw = field.isPresent() ? field(ref, field.get()) : text.reveal();
    String name = field.orElse("value");

    if (raw.isBlank()) {
      throw new SecretUnavailableException(ref, "secret " + secretId + " has an empty " + name);
    }
    if (PemText.looksLikePem(raw)) {
      return Secret.of(
          PemText.normalise(raw)
              .orElseThrow(
                  () ->
                      new SecretUnavailableException(
                          ref, "secret " + secretId + ": " + name + " is not a valid PEM")));
    }
    return Secret.of(raw);
  }

  private String field(SecretRef ref, String field) {
    JsonNode document;
    try {
      document = JSON.readTree(text.reveal());
    } catch (JsonProcessingException e) {
      document = null;
    }
    if (document == null || !document.isObject()) {
      throw new SecretUnavailableException(
          ref, "secret " + secretId + " is expected to hold a JSON object with the field " + field);
    }

    JsonNode value = document.get(field);
    if (value == null || value.isNull()) {
      throw new SecretUnavailableException(ref, "secret " + secretId + " missing field " + field);
    }
    if (!value.isValueNode()) {
      throw new SecretUnavailableException(
          ref, "secret " + secretId + ": field " + field + " is not a text value");
    }
    return value.asText();
  }
}
