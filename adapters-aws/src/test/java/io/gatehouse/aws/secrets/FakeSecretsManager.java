package io.gatehouse.aws.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.aws.testing.CannedResponse;
import io.gatehouse.aws.testing.FakeAwsServer;
import io.gatehouse.aws.testing.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets Manager's GetSecretValue on a local server, answering as the AWS JSON protocol documents:
 * SecretString or base64 SecretBinary, VersionId and VersionStages. Each secret has one AWSCURRENT
 * version; {@link #rotate} replaces it as a rotation would.
 */
public final class FakeSecretsManager implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, ObjectNode> current = new ConcurrentHashMap<>();
  private final FakeAwsServer server = FakeAwsServer.start("secretsmanager", this::answer);
  private int versions;

  public void putString(String secretId, String value) {
    current.put(secretId, version(secretId).put("SecretString", value));
  }

  void putBinary(String secretId, byte[] value) {
    current.put(
        secretId, version(secretId).put("SecretBinary", Base64.getEncoder().encodeToString(value)));
  }

  /** A rotation: a new AWSCURRENT version with this text. */
  void rotate(String secretId, String value) {
    putString(secretId, value);
  }

  public FakeAwsServer server() {
    return server;
  }

  /** The GetSecretValue requests received, as parsed JSON bodies. */
  public List<JsonNode> getSecretValueCalls() {
    return server.requests().stream()
        .filter(request -> "secretsmanager.GetSecretValue".equals(request.header("x-amz-target")))
        .map(FakeSecretsManager::body)
        .toList();
  }

  @Override
  public void close() {
    server.close();
  }

  private synchronized ObjectNode version(String secretId) {
    versions++;
    ObjectNode node = JSON.createObjectNode();
    node.put("ARN", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:" + secretId + "-AbCdEf");
    node.put("Name", secretId);
    node.put("VersionId", "00000000-0000-0000-0000-00000000000" + versions);
    node.putArray("VersionStages").add("AWSCURRENT");
    node.put("CreatedDate", 1.7e9);
    return node;
  }

  private CannedResponse answer(RecordedRequest request) {
    if (!"secretsmanager.GetSecretValue".equals(request.header("x-amz-target"))) {
      return CannedResponse.json(
          400, "{\"__type\":\"InvalidRequestException\",\"message\":\"unknown operation\"}");
    }
    JsonNode body = body(request);
    ObjectNode secret = current.get(body.path("SecretId").asText());
    if (secret == null || !"AWSCURRENT".equals(body.path("VersionStage").asText("AWSCURRENT"))) {
      return CannedResponse.json(
          400,
          "{\"__type\":\"ResourceNotFoundException\","
              + "\"Message\":\"Secrets Manager can't find the specified secret.\"}");
    }
    return CannedResponse.json(200, secret.toString());
  }

  private static JsonNode body(RecordedRequest request) {
    try {
      return JSON.readTree(request.bodyText().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
