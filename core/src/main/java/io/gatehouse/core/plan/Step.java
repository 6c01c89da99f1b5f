package io.gatehouse.core.plan;

import io.gatehouse.core.directory.CredentialDelivery;
import io.gatehouse.core.directory.NewUser;
import java.util.Objects;

/**
 * One change a plan makes in the identity directory. Its {@link #id()} is stable for a request, so
 * the ledger can tell across runs which steps are done.
 */
public sealed interface Step {

  /** Stable within one request: the same request always plans the same id for the same change. */
  String id();

  /** The step as a person would write it: "create user sam@example.com". */
  String describe();

  /** Create the account, activated, with its first credential delivered as configured. */
  record CreateUser(NewUser user, CredentialDelivery delivery) implements Step {
    public CreateUser {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(delivery, "delivery");
    }

    @Override
    public String id() {
      return "create-user";
    }

    @Override
    public String describe() {
      return "create user "
          + user.login()
          + (delivery == CredentialDelivery.TEMPORARY_PASSWORD
              ? " with a temporary password"
              : " and let Okta e-mail the activation link");
    }
  }

  /** Add the account created or named by the plan to a group. */
  record AddToGroup(String group) implements Step {
    public AddToGroup {
      Objects.requireNonNull(group, "group");
    }

    @Override
    public String id() {
      return "add-group:" + group;
    }

    @Override
    public String describe() {
      return "add to group " + group;
    }
  }

  /** Deactivate the account named by the plan's login; never delete it. */
  record Deactivate(String login) implements Step {
    public Deactivate {
      Objects.requireNonNull(login, "login");
    }

    @Override
    public String id() {
      return "deactivate";
    }

    @Override
    public String describe() {
      return "deactivate user " + login;
    }
  }

  /** Remove the account named by the plan's login from a group. */
  record RemoveFromGroup(String login, String group) implements Step {
    public RemoveFromGroup {
      Objects.requireNonNull(login, "login");
      Objects.requireNonNull(group, "group");
    }

    @Override
    public String id() {
      return "remove-group:" + group;
    }

    @Override
    public String describe() {
      return "remove " + login + " from group " + group;
    }
  }

  /** Suspend the account named by the plan's login. */
  record Suspend(String login) implements Step {
    public Suspend {
      Objects.requireNonNull(login, "login");
    }

    @Override
    public String id() {
      return "suspend";
    }

    @Override
    public String describe() {
      return "suspend user " + login;
    }
  }

  /** Lift the suspension of the account named by the plan's login. */
  record Unsuspend(String login) implements Step {
    public Unsuspend {
      Objects.requireNonNull(login, "login");
    }

    @Override
    public String id() {
      return "unsuspend";
    }

    @Override
    public String describe() {
      return "unsuspend user " + login;
    }
  }

  /** Unlock the account named by the plan's login. */
  record Unlock(String login) implements Step {
    public Unlock {
      Objects.requireNonNull(login, "login");
    }

    @Override
    public String id() {
      return "unlock";
    }

    @Override
    public String describe() {
      return "unlock user " + login;
    }
  }

  /**
   * Reset the password of the account named by the plan's login: with a temporary password that
   * Gatehouse shows the requester once, or with a reset link the directory e-mails the owner.
   */
  record ResetPassword(String login, CredentialDelivery delivery) implements Step {
    public ResetPassword {
      Objects.requireNonNull(login, "login");
      Objects.requireNonNull(delivery, "delivery");
    }

    @Override
    public String id() {
      return "reset-password";
    }

    @Override
    public String describe() {
      return "reset the password of user "
          + login
          + (delivery == CredentialDelivery.TEMPORARY_PASSWORD
              ? " with a temporary password"
              : " and let Okta e-mail a reset link");
    }
  }
}
