package io.gatehouse.okta.internal;

import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.api.UserCredApi;
import com.okta.sdk.resource.model.UpdateUserRequest;
import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.CreateUserResult;
import io.gatehouse.core.directory.DirectoryGroup;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.GroupLookup;
import io.gatehouse.core.directory.GroupType;
import io.gatehouse.core.directory.NewUser;
import io.gatehouse.core.directory.PasswordReset;
import io.gatehouse.core.directory.ResetDelivery;
import io.gatehouse.core.directory.TemporaryPassword;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.port.SecretStore;
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
 * password policy, group type, status) become values; everything else becomes {@link
 * io.gatehouse.core.port.DirectoryException}. Every call goes through one retry layer ({@link
 * OktaCalls}); the SDK's own retries are off.
 */
public final class OktaIdentityDirectory implements IdentityDirectory {
  private static final Logger LOG = LoggerFactory.getLogger(OktaIdentityDirectory.class);

  private final OktaCalls calls;
  private final Creation creation;
  private final Lifecycle lifecycle;
  private final Passwords passwords;
  private final Memberships memberships;

  public OktaIdentityDirectory(OktaSettings settings, SecretStore secrets) {
    this(settings, secrets, Pacing.real());
  }

  /** A directory that waits between retries through {@code pacing}. */
  public OktaIdentityDirectory(OktaSettings settings, SecretStore secrets, Pacing pacing) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(secrets, "secrets");
    Objects.requireNonNull(pacing, "pacing");
    OktaClients.checkKey(settings, secrets);
    this.calls = new OktaCalls(new ClientHolder(settings, secrets), pacing, settings.maxRetries());
    this.memberships = new Memberships(calls);
    this.lifecycle = new Lifecycle(calls);
    this.passwords = new Passwords(calls, lifecycle);
    this.creation = new Creation(calls, memberships, this::findUser, settings.maxRetries());
  }

  @Override
  public Optional<DirectoryUser> findUser(String login) {
    Objects.requireNonNull(login, "login");
    if (login.contains("/")) {
      // Okta serves logins containing '/' only by id; filter reads the primary store too.
      return calls.call(
          "findUser", OktaCalls.Retry.SAFE, client -> Lookups.userByLoginFilter(client, login));
    }
    Answer<DirectoryUser> answer =
        calls.attempt(
            "findUser",
            OktaCalls.Retry.SAFE,
            client -> Users.of(new UserApi(client).getUser(login, null, null)));
    if (answer.kind() == OktaErrorKind.NOT_FOUND) {
      return Optional.empty();
    }
    DirectoryUser user = answer.orThrow("findUser");
    // Okta also answers to a login's shortname; only the exact login (any case) counts here.
    return user.login().equalsIgnoreCase(login) ? Optional.of(user) : Optional.empty();
  }

  @Override
  public CreateUserResult createUser(NewUser user, Optional<Secret> temporaryPassword) {
    return createUser(user, temporaryPassword, List.of());
  }

  @Override
  public CreateUserResult createUser(
      NewUser user, Optional<Secret> temporaryPassword, List<DirectoryGroup> groups) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(temporaryPassword, "temporaryPassword");
    return creation.create(user, temporaryPassword, List.copyOf(groups));
  }

  @Override
  public ChangeResult setTemporaryPassword(DirectoryUser user, Secret temporaryPassword) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(temporaryPassword, "temporaryPassword");
    UpdateUserRequest update =
        new UpdateUserRequest().credentials(Users.passwordCredentials(temporaryPassword));

    // Two calls, neither repeated after a 5xx: setting the same password twice could trip the
    // password history rule.
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
    return memberships.find(Objects.requireNonNull(name, "name"));
  }

  @Override
  public GroupLookup findGroup(String name, GroupType type) {
    return memberships.find(Objects.requireNonNull(name, "name"), Objects.requireNonNull(type));
  }

  @Override
  public List<DirectoryGroup> groupsOf(DirectoryUser user) {
    return memberships.of(Objects.requireNonNull(user, "user"));
  }

  @Override
  public ChangeResult addToGroup(DirectoryUser user, DirectoryGroup group) {
    return memberships.add(Objects.requireNonNull(user, "user"), Objects.requireNonNull(group));
  }

  @Override
  public ChangeResult removeFromGroup(DirectoryUser user, DirectoryGroup group) {
    return memberships.remove(Objects.requireNonNull(user, "user"), Objects.requireNonNull(group));
  }

  @Override
  public ChangeResult activate(DirectoryUser user) {
    return lifecycle.activate(Objects.requireNonNull(user, "user"));
  }

  @Override
  public ChangeResult reactivate(DirectoryUser user) {
    return lifecycle.reactivate(Objects.requireNonNull(user, "user"));
  }

  @Override
  public ChangeResult deactivate(DirectoryUser user) {
    return lifecycle.deactivate(Objects.requireNonNull(user, "user"));
  }

  @Override
  public ChangeResult suspend(DirectoryUser user) {
    return lifecycle.suspend(Objects.requireNonNull(user, "user"));
  }

  @Override
  public ChangeResult unsuspend(DirectoryUser user) {
    return lifecycle.unsuspend(Objects.requireNonNull(user, "user"));
  }

  @Override
  public ChangeResult unlock(DirectoryUser user) {
    return lifecycle.unlock(Objects.requireNonNull(user, "user"));
  }

  @Override
  public PasswordReset resetPassword(DirectoryUser user, ResetDelivery delivery) {
    return passwords.reset(Objects.requireNonNull(user, "user"), Objects.requireNonNull(delivery));
  }

  @Override
  public TemporaryPassword expirePassword(DirectoryUser user) {
    return passwords.expire(Objects.requireNonNull(user, "user"));
  }

  /** Runs a change; a 400, 403 E0000038 or 404 answer is a refusal, anything else a failure. */
  private Optional<ChangeResult> refusal(
      String operation, Secret password, Function<com.okta.sdk.resource.client.ApiClient, ?> call) {
    Answer<?> answer = calls.attempt(operation, OktaCalls.Retry.RATE_LIMIT_ONLY, call);
    if (answer.ok()) {
      return Optional.empty();
    }
    return switch (answer.kind()) {
      case VALIDATION, PASSWORD_POLICY ->
          Optional.of(
              ChangeResult.refused(
                  Creation.scrubbed(answer.failure().reason(), Optional.of(password))));
      case NOT_ALLOWED_IN_STATUS ->
          Optional.of(ChangeResult.refused("Okta does not allow this in the account's status"));
      case NOT_FOUND -> Optional.of(ChangeResult.refused("the account no longer exists in Okta"));
      default -> throw answer.failure().toException(operation, answer.cause());
    };
  }
}
