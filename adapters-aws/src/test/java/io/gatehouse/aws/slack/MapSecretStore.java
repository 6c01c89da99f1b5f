package io.gatehouse.aws.slack;

import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.SecretUnavailableException;
import io.gatehouse.core.secret.Secret;
import io.gatehouse.core.secret.SecretRef;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A secret store in memory with a cache: a changed value is seen only after {@link #invalidate}, as
 * with a store in front of a rotating secret.
 */
final class MapSecretStore implements SecretStore {
  private final Map<SecretRef, String> source = new ConcurrentHashMap<>();
  private final Map<SecretRef, String> cached = new ConcurrentHashMap<>();
  private final List<SecretRef> invalidated = new CopyOnWriteArrayList<>();

  void put(SecretRef ref, String value) {
    source.put(ref, value);
  }

  @Override
  public Secret read(SecretRef ref) {
    String value = cached.computeIfAbsent(ref, key -> source.get(key));
    if (value == null) {
      throw new SecretUnavailableException(ref, "no such secret in the test store");
    }
    return Secret.of(value);
  }

  @Override
  public void invalidate(SecretRef ref) {
    invalidated.add(ref);
    cached.remove(ref);
  }

  List<SecretRef> invalidated() {
    return List.copyOf(invalidated);
  }
}
