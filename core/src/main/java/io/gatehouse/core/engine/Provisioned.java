package io.gatehouse.core.engine;

import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.secret.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of executing a plan's directory steps.
 *
 * @param user the account the plan created or adopted
 * @param temporaryPassword the password set in this run, when there was one; it lives only in
 *     memory and is handed to the requester once
 * @param actions what was done or found done, step by step
 */
record Provisioned(DirectoryUser user, Secret temporaryPassword, List<String> actions) {
  Provisioned {
    Objects.requireNonNull(user, "user");
    actions = List.copyOf(actions);
  }

  /** The same result with one more thing done after the directory steps. */
  Provisioned withAction(String action) {
    List<String> more = new ArrayList<>(actions);
    more.add(action);
    return new Provisioned(user, temporaryPassword, more);
  }

  Optional<Secret> password() {
    return Optional.ofNullable(temporaryPassword);
  }
}
