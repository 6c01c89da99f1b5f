package io.gatehouse.okta.internal;

import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.model.CreateUserRequest;
import com.okta.sdk.resource.model.User;
import com.okta.sdk.resource.model.UserNextLogin;
import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.CreateUserResult;
import io.gatehouse.core.directory.DirectoryGroup;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.NewUser;
import io.gatehouse.core.port.DirectoryException;
import io.gatehouse.core.secret.Secret;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creating an account, the one call that is not idempotent. A 429 is retried (Okta did not handle
 * it); a 5xx or a lost answer is never simply repeated: the login is read first, and a holder is
 * answered as {@link CreateUserResult.LoginTaken} for the core to check against its ledger.
 */
final class Creation {
  /** Okta's limit on {@code groupIds} in one create. */
  static final int GROUPS_AT_CREATE = 20;

  private static final Logger LOG = LoggerFactory.getLogger(Creation.class);
  private static final Duration RECHECK_WAIT = Duration.ofSeconds(1);

  private final OktaCalls calls;
  private final Memberships memberships;
  private final Function<String, Optional<DirectoryUser>> findUser;
  private final int maxRetries;

  Creation(
      OktaCalls calls,
      Memberships memberships,
      Function<String, Optional<DirectoryUser>> findUser,
      int maxRetries) {
    this.calls = calls;
    this.memberships = memberships;
    this.findUser = findUser;
    this.maxRetries = maxRetries;
  }

  CreateUserResult create(NewUser user, Optional<Secret> password, List<DirectoryGroup> groups) {
    Optional<DirectoryGroup> imported = groups.stream().filter(g -> !g.managedHere()).findFirst();
    if (imported.isPresent()) {
      return new CreateUserResult.Refused(
          "group " + imported.get().name() + " is not an OKTA_GROUP; its members cannot be set");
    }
    List<DirectoryGroup> atCreate = groups.subList(0, Math.min(groups.size(), GROUPS_AT_CREATE));
    List<DirectoryGroup> after = groups.subList(atCreate.size(), groups.size());
    CreateUserRequest request = Users.createRequest(user, password);
    if (!atCreate.isEmpty()) {
      request.groupIds(atCreate.stream().map(DirectoryGroup::id).toList());
    }
    UserNextLogin nextLogin = password.isPresent() ? UserNextLogin.CHANGE_PASSWORD : null;

    for (int attempt = 0; ; attempt++) {
      Answer<User> answer =
          calls.attempt(
              "createUser",
              OktaCalls.Retry.RATE_LIMIT_ONLY,
              client -> new UserApi(client).createUser(request, true, null, nextLogin));
      if (answer.ok()) {
        // The id from this answer is used from now on; a search might not see the account yet.
        DirectoryUser created = Users.of(answer.value());
        LOG.info("Okta account {} created with status {}", created.id(), created.status());
        return new CreateUserResult.Created(created, addAfter(created, after));
      }

      Optional<CreateUserResult> result = classify(user, password, answer);
      if (result.isPresent()) {
        return result.get();
      }
      // A 5xx or no answer: Okta may have created the account. Read before trying again.
      Optional<DirectoryUser> holder = findUser.apply(user.login());
      if (holder.isPresent()) {
        return new CreateUserResult.LoginTaken(holder.get());
      }
      if (attempt >= maxRetries) {
        throw answer.failure().toException("createUser", answer.cause());
      }
      calls.pause("createUser", RECHECK_WAIT);
    }
  }

  /** The answer as a result, or empty when Okta may or may not have acted. */
  private Optional<CreateUserResult> classify(
      NewUser user, Optional<Secret> password, Answer<User> answer) {
    OktaFailure failure = answer.failure();
    return switch (answer.kind()) {
      case DUPLICATE_LOGIN -> Optional.of(loginTaken(user.login()));
      case PASSWORD_POLICY ->
          Optional.of(
              new CreateUserResult.Refused(
                  scrubbed(failure.reason(), password), CreateUserResult.Cause.PASSWORD_POLICY));
      case VALIDATION ->
          Optional.of(new CreateUserResult.Refused(scrubbed(failure.reason(), password)));
      case NOT_FOUND ->
          Optional.of(new CreateUserResult.Refused("a group given at creation does not exist"));
      case SERVER_ERROR, NO_ANSWER -> Optional.empty();
      default -> throw failure.toException("createUser", answer.cause());
    };
  }

  private CreateUserResult loginTaken(String login) {
    return findUser
        .apply(login)
        .<CreateUserResult>map(CreateUserResult.LoginTaken::new)
        .orElseGet(
            () ->
                new CreateUserResult.Refused(
                    "login " + login + " is taken, but its holder cannot be read"));
  }

  /** Groups beyond the first 20, added one by one; failures are reported, not thrown. */
  private Map<String, String> addAfter(DirectoryUser created, List<DirectoryGroup> groups) {
    Map<String, String> notAdded = new LinkedHashMap<>();
    for (DirectoryGroup group : groups) {
      try {
        ChangeResult result = memberships.add(created, group);
        if (result instanceof ChangeResult.Refused refused) {
          notAdded.put(group.name(), refused.reason());
        }
      } catch (DirectoryException e) {
        notAdded.put(group.name(), e.getMessage());
      }
    }
    return notAdded;
  }

  /** Okta never echoes a password, but a refusal reason must not carry one even if it did. */
  static String scrubbed(String reason, Optional<Secret> password) {
    return password
        .filter(secret -> !secret.isBlank())
        .map(secret -> reason.replace(secret.reveal(), "[redacted]"))
        .orElse(reason);
  }
}
