package io.gatehouse.aws.secrets;

import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.SecretUnavailableException;
import io.gatehouse.core.secret.Secret;
import io.gatehouse.core.secret.SecretRef;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * Secrets from AWS Secrets Manager, referenced as {@code aws:secret-id#field}. Only the {@code
 * AWSCURRENT} version is read. A fetched secret is kept for the cache's time to live and shared by
 * every field read from it; {@link #invalidate} drops it, so a credential rotated while cached is
 * fetched again once the remote service rejects the old one. Safe for concurrent use: threads
 * missing the cache for the same secret at once wait for one fetch, so a burst of invocations does
 * not hit GetSecretValue's rate limit.
 */
final class SecretsManagerSecretStore implements SecretStore {
  static final String CURRENT = "AWSCURRENT";
  private static final Logger LOG = LoggerFactory.getLogger(SecretsManagerSecretStore.class);

  private final SecretsManagerClient client;
  private final Duration ttl;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();
  private final Map<String, Object> fetchLocks = new ConcurrentHashMap<>();

  SecretsManagerSecretStore(SecretsManagerClient client, Duration ttl, Clock clock) {
    this.client = Objects.requireNonNull(client, "client");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Secret read(SecretRef ref) {
    SecretAddress address = address(ref);
    Instant now = clock.instant();

    Cached cached = cache.get(address.secretId());
    if (!fresh(cached, now)) {
      // One fetch per secret at a time; whoever waited finds the fresh copy.
      synchronized (fetchLocks.computeIfAbsent(address.secretId(), id -> new Object())) {
        cached = cache.get(address.secretId());
        if (!fresh(cached, now)) {
          cached = new Cached(fetch(ref, address.secretId()), clock.instant());
          cache.put(address.secretId(), cached);
        }
      }
    }

    return cached.document().value(ref, address.field());
  }

  @Override
  public void invalidate(SecretRef ref) {
    if (SecretAddress.SCHEME.equals(ref.scheme())) {
      cache.remove(SecretAddress.of(ref).secretId());
    }
  }

  private boolean fresh(Cached cached, Instant now) {
    return cached != null && now.isBefore(cached.fetchedAt().plus(ttl));
  }

  private static SecretAddress address(SecretRef ref) {
    if (!SecretAddress.SCHEME.equals(ref.scheme())) {
      throw new SecretUnavailableException(
          ref, "the Secrets Manager store reads only aws:secret-id#field references");
    }
    SecretAddress address = SecretAddress.of(ref);
    if (!address.valid()) {
      throw new SecretUnavailableException(
          ref, "a Secrets Manager reference has the form aws:secret-id#field");
    }
    return address;
  }

  private SecretDocument fetch(SecretRef ref, String secretId) {
    GetSecretValueResponse response;
    try {
      response = client.getSecretValue(request -> request.secretId(secretId).versionStage(CURRENT));
    } catch (ResourceNotFoundException e) {
      throw new SecretUnavailableException(
          ref, "Secrets Manager has no " + CURRENT + " version of secret " + secretId, e);
    } catch (SecretsManagerException e) {
      throw new SecretUnavailableException(
          ref,
          "Secrets Manager refused to read secret "
              + secretId
              + ": "
              + e.awsErrorDetails().errorCode()
              + " (HTTP "
              + e.statusCode()
              + ")",
          e);
    } catch (SdkClientException e) {
      throw new SecretUnavailableException(
          ref, "Secrets Manager could not be reached to read secret " + secretId, e);
    }

    if (!response.versionStages().contains(CURRENT)) {
      throw new SecretUnavailableException(
          ref, "Secrets Manager answered a version of " + secretId + " that is not " + CURRENT);
    }
    LOG.info("Read secret {} version {} from Secrets Manager", secretId, response.versionId());
    return new SecretDocument(secretId, text(ref, secretId, response));
  }

  private static Secret text(SecretRef ref, String secretId, GetSecretValueResponse response) {
    if (response.secretString() != null) {
      return Secret.of(response.secretString());
    }
    if (response.secretBinary() == null) {
      throw new SecretUnavailableException(ref, "secret " + secretId + " has no value");
    }
    try {
      ByteBuffer bytes = response.secretBinary().asByteBuffer();
      return Secret.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(bytes)
              .toString());
    } catch (CharacterCodingException e) {
      throw new SecretUnavailableException(
          ref, "secret " + secretId + " is binary and not UTF-8 text");
    }
  }

  private record Cached(SecretDocument document, Instant fetchedAt) {}
}
