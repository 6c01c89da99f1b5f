package io.gatehouse.okta;

import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.SecretUnavailableException;
import io.gatehouse.core.secret.Secret;
import io.gatehouse.core.secret.SecretRef;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A secret store in memory that remembers which references were invalidated. */
final class MapSecretStore implements SecretStore {
  private final Map<SecretRef, String> values = new ConcurrentHashMap<>();
  private final List<SecretRef> invalidated = new CopyOnWriteArrayList<>();

  MapSecretStore put(SecretRef ref, String value) {
    values.put(ref, value);
    return this;
  }

  @Override
  public Secret read(SecretRef ref) {
    String value = values.get(ref);
    if (value == null) {
      throw new SecretUnavailableException(ref, "not set");
    }
    return Secret.of(value);
  }

  @Override
  public void invalidate(SecretRef ref) {
    invalidated.add(ref);
  }

  List<SecretRef> invalidated() {
    return List.copyOf(invalidated);
  }
}
