package io.gatehouse.okta.internal;

import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.api.UserCredApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.CreateUserRequest;
import com.okta.sdk.resource.model.Group;
import com.okta.sdk.resource.model.GroupType;
import com.okta.sdk.resource.model.UpdateUserRequest;
import com.okta.sdk.resource.model.User;
import com.okta.sdk.resource.model.UserGetSingleton;
import com.okta.sdk.resource.model.UserNextLogin;
import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.CreateUserResult;
import io.gatehouse.core.directory.DirectoryGroup;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.GroupLookup;
import io.gatehouse.core.directory.NewUser;
import io.gatehouse.core.port.DirectoryException;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.SecretUnavailableException;
import io.gatehouse.core.secret.Secret;
import io.gatehouse.okta.OktaSettings;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link IdentityDirectory} on okta-sdk-java 24.0.0. Okta answers the core reacts to (login taken,
 * password policy, group type) become values; everything else becomes {@link DirectoryException}.
 */
public final class OktaIdentityDirectory implements IdentityDirectory {
  private static final Logger LOG = LoggerFactory.getLogger(OktaIdentityDirectory.class);

  private final ClientHolder clients;

  public OktaIdentityDirectory(OktaSettings settings, SecretStore secrets) {
    this.clients =
        new ClientHolder(
            Objects.requireNonNull(settings, "settings"),
            Objects.requireNonNull(secrets, "secrets"));
  }

  @Override
  public Optional<DirectoryUser> findUser(String login) {
    Objects.requireNonNull(login, "login");
    if (login.contains("/")) {
      // Okta serves logins containing '/' only by id; filter reads the primary store too.
      return call("findUser", client -> Lookups.userByLoginFilter(client, login));
    }
    try {
      UserGetSingleton found =
          clients.call(client -> new UserApi(client).getUser(login, null, null));
      DirectoryUser user = Users.of(found);
      // Okta also answers to a login's shortname; only the exact login (any case) counts here.
      return user.login().equalsIgnoreCase(login) ? Optional.of(user) : Optional.empty();
    } catch (ApiException e) {
      if (e.getCode() == 404) {
        return Optional.empty();
      }
      throw failure("findUser", e);
    } catch (RuntimeException e) {
      throw failure("findUser", e);
    }
  }

  @Override
  public CreateUserResult createUser(NewUser user, Optional<Secret> temporaryPassword) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(temporaryPassword, "temporaryPassword");
    CreateUserRequest request = Users.createRequest(user, temporaryPassword);
    UserNextLogin nextLogin = temporaryPassword.isPresent() ? UserNextLogin.CHANGE_PASSWORD : null;

    User created;
    try {
      created =
          clients.call(client -> new UserApi(client).createUser(request, true, null, nextLogin));
    } catch (ApiException e) {
      OktaFailure answer = OktaFailure.of(e);
      if (answer.isLoginTaken()) {
        return loginTaken(user.login());
      }
      if (answer.isValidation()) {
        return new CreateUserResult.Refused(scrubbed(answer.reason(), temporaryPassword));
      }
      throw failure("createUser", e);
    } catch (RuntimeException e) {
      throw failure("createUser", e);
    }

    DirectoryUser result = Users.of(created);
    LOG.info("Okta account {} created with status {}", result.id(), result.status());
    return new CreateUserResult.Created(result);
  }

  @Override
  public ChangeResult setTemporaryPassword(DirectoryUser user, Secret temporaryPassword) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(temporaryPassword, "temporaryPassword");
    UpdateUserRequest update =
        new UpdateUserRequest().credentials(Users.passwordCredentials(temporaryPassword));

    // Two calls, each retried on its own after a 401: setting the same password twice could
    // trip the password history rule.
    Optional<ChangeResult> refused =
        refusal(
            "setPassword",
            temporaryPassword,
            client -> new UserApi(client).updateUser(user.id(), update, null));
    if (refused.isPresent()) {
      return refused.get();
    }
    refused =
        refusal(
            "expirePassword",
            temporaryPassword,
            client -> new UserCredApi(client).expirePassword(user.id()));
    if (refused.isPresent()) {
      return refused.get();
    }

    LOG.info("Okta account {} has a new temporary password", user.id());
    return ChangeResult.done();
  }

  @Override
  public GroupLookup findGroup(String name) {
    Objects.requireNonNull(name, "name");
    List<Group> named = call("findGroup", client -> Lookups.groupsNamed(client, name));
    if (named.isEmpty()) {
      return new GroupLookup.Missing(name);
    }
    if (named.size() > 1) {
      return new GroupLookup.Ambiguous(name, named.size());
    }
    Group group = named.get(0);
    return new GroupLookup.Found(
        new DirectoryGroup(group.getId(), name, group.getType() == GroupType.OKTA_GROUP));
  }

  /**
   * Reads the account's groups before adding: Okta answers 204 whether or not the membership
   * existed, so only a read tells Done from AlreadyDone. The user's group list is small and read
   * from the primary store, unlike a search.
   */
  @Override
  public ChangeResult addToGroup(DirectoryUser user, DirectoryGroup group) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(group, "group");
    if (!group.managedHere()) {
      return ChangeResult.refused(
          "group " + group.name() + " is not an OKTA_GROUP; its members are managed by its source");
    }

    List<String> groupIds = call("addToGroup", client -> Lookups.groupIdsOfUser(client, user.id()));
    if (groupIds.contains(group.id())) {
      return ChangeResult.alreadyDone();
    }
    call(
        "addToGroup",
        client -> {
          new GroupApi(client).assignUserToGroup(group.id(), user.id());
          return null;
        });
    LOG.info("Okta account {} added to group {}", user.id(), group.id());
    return ChangeResult.done();
  }

  private CreateUserResult loginTaken(String login) {
    return findUser(login)
        .<CreateUserResult>map(CreateUserResult.LoginTaken::new)
        .orElseGet(
            () ->
                new CreateUserResult.Refused(
                    "login " + login + " is taken, but its holder cannot be read"));
  }

  /** Runs a change; a 400, 403 E0000038 or 404 answer is a refusal, anything else a failure. */
  private Optional<ChangeResult> refusal(
      String operation, Secret password, Function<ApiClient, ?> action) {
    try {
      clients.call(action);
      return Optional.empty();
    } catch (ApiException e) {
      OktaFailure answer = OktaFailure.of(e);
      if (answer.isValidation()) {
        return Optional.of(ChangeResult.refused(scrubbed(answer.reason(), Optional.of(password))));
      }
      if (answer.errorCode().equals("E0000038")) {
        return Optional.of(
            ChangeResult.refused("Okta does not allow this in the account's status"));
      }
      if (answer.status() == 404) {
        return Optional.of(ChangeResult.refused("the account no longer exists in Okta"));
      }
      throw failure(operation, e);
    } catch (RuntimeException e) {
      throw failure(operation, e);
    }
  }

  private <T> T call(String operation, Function<ApiClient, T> action) {
    try {
      return clients.call(action);
    } catch (RuntimeException e) {
      throw failure(operation, e);
    }
  }

  private static DirectoryException failure(String operation, RuntimeException e) {
    if (e instanceof DirectoryException directory) {
      return directory;
    }
    if (e instanceof ApiException api) {
      return OktaFailure.of(api).toException(operation, api);
    }
    if (e instanceof SecretUnavailableException secret) {
      // Its message names the reference and never the value.
      return new DirectoryException(
          "Okta " + operation + " failed: " + secret.getMessage(), false, secret);
    }
    boolean io = false;
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      io |= cause instanceof java.io.IOException;
    }
    return new DirectoryException(
        "Okta " + operation + " failed: " + e.getClass().getSimpleName(), io, e);
  }

  /** Okta never echoes a password, but a refusal reason must not carry one even if it did. */
  private static String scrubbed(String reason, Optional<Secret> password) {
    return password
        .filter(secret -> !secret.isBlank())
        .map(secret -> reason.replace(secret.reveal(), "[redacted]"))
        .orElse(reason);
  }
}
