package io.gatehouse.okta.internal;

import static io.gatehouse.core.directory.UserStatus.ACTIVE;
import static io.gatehouse.core.directory.UserStatus.DEPROVISIONED;
import static io.gatehouse.core.directory.UserStatus.LOCKED_OUT;
import static io.gatehouse.core.directory.UserStatus.PASSWORD_EXPIRED;
import static io.gatehouse.core.directory.UserStatus.PROVISIONED;
import static io.gatehouse.core.directory.UserStatus.RECOVERY;
import static io.gatehouse.core.directory.UserStatus.STAGED;
import static io.gatehouse.core.directory.UserStatus.SUSPENDED;

import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.api.UserLifecycleApi;
import com.okta.sdk.resource.client.ApiClient;
import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.UserStatus;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Status changes, each decided on the account's status as read by id right before (read-after-write
 * consistent), so that a repeated request answers AlreadyDone and a wrong one is refused before any
 * call. A change whose answer is lost or refused is checked by reading the status again: if the
 * account got there anyway (a concurrent run, a retried call Okta had handled), it is Done.
 */
final class Lifecycle {
  static final Set<UserStatus> HAS_PASSWORD =
      EnumSet.of(ACTIVE, PASSWORD_EXPIRED, LOCKED_OUT, RECOVERY);
  private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

  private final OktaCalls calls;

  Lifecycle(OktaCalls calls) {
    this.calls = calls;
  }

  /** The account as it is now, by id; empty when it no longer exists. */
  Optional<DirectoryUser> current(String operation, String id) {
    Answer<DirectoryUser> answer =
        calls.attempt(
            operation,
            OktaCalls.Retry.SAFE,
            client -> Users.of(new UserApi(client).getUser(id, null, null)));
    if (answer.kind() == OktaErrorKind.NOT_FOUND) {
      return Optional.empty();
    }
    return Optional.of(answer.orThrow(operation));
  }

  ChangeResult activate(DirectoryUser user) {
    return change(
        "activate",
        user,
        EnumSet.of(STAGED, DEPROVISIONED),
        EnumSet.of(ACTIVE, PROVISIONED, PASSWORD_EXPIRED, RECOVERY, LOCKED_OUT),
        client -> new UserLifecycleApi(client).activateUser(user.id(), true));
  }

  ChangeResult reactivate(DirectoryUser user) {
    return change(
        "reactivate",
        user,
        EnumSet.of(PROVISIONED, RECOVERY),
        EnumSet.noneOf(UserStatus.class),
        client -> new UserLifecycleApi(client).reactivateUser(user.id(), true));
  }

  /** Through lifecycle/deactivate only: a second DELETE would delete the account for good. */
  ChangeResult deactivate(DirectoryUser user) {
    Set<UserStatus> from = EnumSet.complementOf(EnumSet.of(DEPROVISIONED, UserStatus.UNKNOWN));
    return change(
        "deactivate",
        user,
        from,
        EnumSet.of(DEPROVISIONED),
        client -> {
          new UserLifecycleApi(client).deactivateUser(user.id(), false, null);
          return null;
        });
  }

  ChangeResult suspend(DirectoryUser user) {
    return change(
        "suspend",
        user,
        EnumSet.of(ACTIVE),
        EnumSet.of(SUSPENDED),
        client -> {
          new UserLifecycleApi(client).suspendUser(user.id());
          return null;
        });
  }

  ChangeResult unsuspend(DirectoryUser user) {
    return change(
        "unsuspend",
        user,
        EnumSet.of(SUSPENDED),
        EnumSet.of(ACTIVE),
        client -> {
          new UserLifecycleApi(client).unsuspendUser(user.id());
          return null;
        });
  }

  ChangeResult unlock(DirectoryUser user) {
    return change(
        "unlock",
        user,
        EnumSet.of(LOCKED_OUT),
        EnumSet.of(ACTIVE),
        client -> {
          new UserLifecycleApi(client).unlockUser(user.id());
          return null;
        });
  }

  /** Why an account in this status has no password to reset or expire, and what to do. */
  static String noPasswordReason(DirectoryUser user, UserStatus status) {
    String account = "account " + user.login() + " (" + user.id() + ") is " + status;
    return switch (status) {
      case PROVISIONED -> account + ": never activated; reactivate it to resend the activation";
      case STAGED -> account + ": not activated yet; activate it instead";
      case SUSPENDED -> account + ": suspended; unsuspend it first if a person agrees";
      case DEPROVISIONED -> account + ": deactivated; an administrator must decide";
      default -> account + ": Gatehouse does not change passwords in this status";
    };
  }

  /**
   * Reads the status, then answers AlreadyDone when it is one of {@code done}, Refused when it is
   * not one of {@code from}, and otherwise makes the change.
   */
  private ChangeResult change(
      String operation,
      DirectoryUser user,
      Set<UserStatus> from,
      Set<UserStatus> done,
      Function<ApiClient, ?> action) {
    Optional<DirectoryUser> now = current(operation, user.id());
    if (now.isEmpty()) {
      return ChangeResult.refused("account " + user.id() + " no longer exists in Okta");
    }
    UserStatus status = now.get().status();
    if (done.contains(status)) {
      return ChangeResult.alreadyDone();
    }
    if (!from.contains(status)) {
      return ChangeResult.refused(
          "cannot " + operation + " account " + user.login() + " in status " + status);
    }

    Answer<?> answer = calls.attempt(operation, OktaCalls.Retry.SAFE, action);
    if (answer.ok()) {
      LOG.info("Okta account {}: {} done (was {})", user.id(), operation, status);
      return ChangeResult.done();
    }
    return afterFailure(operation, user, done, answer);
  }

  private ChangeResult afterFailure(
      String operation, DirectoryUser user, Set<UserStatus> done, Answer<?> answer) {
    Optional<UserStatus> after = current(operation, user.id()).map(DirectoryUser::status);
    if (after.isPresent() && done.contains(after.get())) {
      return ChangeResult.alreadyDone();
    }
    OktaErrorKind kind = answer.kind();
    boolean refused =
        kind == OktaErrorKind.VALIDATION
            || kind == OktaErrorKind.NOT_ALLOWED_IN_STATUS
            || kind == OktaErrorKind.NOT_FOUND;
    if (refused) {
      return ChangeResult.refused(
          "Okta refused to "
              + operation
              + " account "
              + user.login()
              + ": "
              + answer.failure().reason());
    }
    throw answer.failure().toException(operation, answer.cause());
  }
}
