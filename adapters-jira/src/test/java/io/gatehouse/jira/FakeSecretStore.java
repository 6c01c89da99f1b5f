package io.gatehouse.jira;

import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.SecretUnavailableException;
import io.gatehouse.core.secret.Secret;
import io.gatehouse.core.secret.SecretRef;
import java.util.concurrent.atomic.AtomicInteger;

/** A caching secret store with one secret, whose source can be rotated under the cache. */
final class FakeSecretStore implements SecretStore {
  private final SecretRef ref;
  private volatile String source;
  private volatile String cached;
  final AtomicInteger invalidations = new AtomicInteger();

  FakeSecretStore(SecretRef ref, String value) {
    this.ref = ref;
    this.source = value;
  }

  /** Changes the value at the source; readers keep the cached copy until it is invalidated. */
  void rotate(String value) {
    source = value;
  }

  @Override
  public Secret read(SecretRef requested) {
    if (!ref.equals(requested)) {
      throw new SecretUnavailableException(requested, "not in this store");
    }
    if (cached == null) {
      cached = source;
    }
    return Secret.of(cached);
  }

  @Override
  public void invalidate(SecretRef requested) {
    invalidations.incrementAndGet();
    cached = null;
  }
}
