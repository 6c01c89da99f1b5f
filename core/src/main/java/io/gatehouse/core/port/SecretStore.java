package io.gatehouse.core.port;

import io.gatehouse.core.secret.Secret;
import io.gatehouse.core.secret.SecretRef;

/** Where credentials come from: environment and files locally, a secrets manager in the cloud. */
public interface SecretStore {

  /**
   * Reads a secret.
   *
   * @throws SecretUnavailableException when the reference names nothing, the store cannot be
   *     reached or the value is empty; the message names the reference, never the value
   */
  Secret read(SecretRef ref);

  /**
   * Forgets any cached copy of a secret, so that the next {@link #read} fetches it again. Called
   * once when a remote service rejects a credential, which is how a rotation shows. Safe to call at
   * any time; stores without a cache do nothing.
   */
  default void invalidate(SecretRef ref) {}
}
