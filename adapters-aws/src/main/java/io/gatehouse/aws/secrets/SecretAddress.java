package io.gatehouse.aws.secrets;

import io.gatehouse.core.secret.SecretRef;
import java.util.Optional;

/**
 * Where one value lives in Secrets Manager: {@code aws:gatehouse/prod#oktaPrivateKey} names the
 * field {@code oktaPrivateKey} of the JSON secret {@code gatehouse/prod}; without {@code #field}
 * the whole secret is the value. The secret id may be a name or an ARN.
 */
record SecretAddress(String secretId, Optional<String> field) {
  static final String SCHEME = "aws";

  static SecretAddress of(SecretRef ref) {
    String name = ref.name();
    int hash = name.lastIndexOf('#');
    if (hash < 0) {
      return new SecretAddress(name, Optional.empty());
    }
    return new SecretAddress(name.substring(0, hash), Optional.of(name.substring(hash + 1)));
  }

  boolean valid() {
    return !secretId.isBlank() && field.map(name -> !name.isBlank()).orElse(true);
  }
}
