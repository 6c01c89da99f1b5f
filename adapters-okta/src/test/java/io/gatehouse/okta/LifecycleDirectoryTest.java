package io.gatehouse.okta;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.PasswordReset;
import io.gatehouse.core.directory.ResetDelivery;
import io.gatehouse.core.directory.TemporaryPassword;
import io.gatehouse.testkit.okta.OktaUserStatus;
import io.gatehouse.testkit.okta.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Status changes: each reads the status first, then is done, already done or refused. */
class LifecycleDirectoryTest extends OktaTestBase {

  @Test
  void suspend_thenSuspendAgain_isDoneThenAlreadyDone() {
    DirectoryUser user = seeded("ana.silva", OktaUserStatus.ACTIVE);

    ChangeResult first = directory.suspend(user);
    ChangeResult second = directory.suspend(user);

    assertThat(first).isEqualTo(ChangeResult.done());
    assertThat(second).isEqualTo(ChangeResult.alreadyDone());
    assertThat(status("ana.silva")).isEqualTo(OktaUserStatus.SUSPENDED);
    assertThat(lifecycleCalls(user, "suspend")).hasSize(1);
  }

  @Test
  void suspend_ofAProvisionedAccount_isRefusedWithoutACall() {
    DirectoryUser user = seeded("ben.okafor", OktaUserStatus.PROVISIONED);

    assertThat(directory.suspend(user)).isInstanceOf(ChangeResult.Refused.class);
    assertThat(lifecycleCalls(user, "suspend")).isEmpty();
  }

  @Test
  void unsuspend_liftsASuspension_andAnActiveAccountIsAlreadyDone() {
    DirectoryUser user = seeded("cho.min", OktaUserStatus.SUSPENDED);

    assertThat(directory.unsuspend(user)).isEqualTo(ChangeResult.done());
    assertThat(directory.unsuspend(user)).isEqualTo(ChangeResult.alreadyDone());
    assertThat(status("cho.min")).isEqualTo(OktaUserStatus.ACTIVE);
  }

  @Test
  void unlock_unlocksALockedOutAccount_andAnActiveAccountIsAlreadyDone() {
    DirectoryUser user = seeded("dev.rao", OktaUserStatus.LOCKED_OUT);

    assertThat(directory.unlock(user)).isEqualTo(ChangeResult.done());
    assertThat(directory.unlock(user)).isEqualTo(ChangeResult.alreadyDone());
    assertThat(status("dev.rao")).isEqualTo(OktaUserStatus.ACTIVE);
  }

  @Test
  void deactivate_goesThroughLifecycleNeverDelete_andSecondCallIsAlreadyDone() {
    DirectoryUser user = seeded("eva.lind", OktaUserStatus.ACTIVE);

    assertThat(directory.deactivate(user)).isEqualTo(ChangeResult.done());
    assertThat(directory.deactivate(user)).isEqualTo(ChangeResult.alreadyDone());
    assertThat(status("eva.lind")).isEqualTo(OktaUserStatus.DEPROVISIONED);
    assertThat(lifecycleCalls(user, "deactivate")).hasSize(1);
    assertThat(okta.requests()).noneMatch(r -> r.method().equals("DELETE"));
  }

  @Test
  void activate_aStagedAccount_isDone_andAnActiveOneIsAlreadyDone() {
    DirectoryUser staged = seeded("fay.ng", OktaUserStatus.STAGED);
    DirectoryUser active = seeded("gus.holm", OktaUserStatus.ACTIVE);

    assertThat(directory.activate(staged)).isEqualTo(ChangeResult.done());
    assertThat(directory.activate(active)).isEqualTo(ChangeResult.alreadyDone());
    assertThat(status("fay.ng")).isEqualTo(OktaUserStatus.PROVISIONED);
    assertThat(okta.activationEmails()).containsExactly("fay.ng@example.com");
  }

  @Test
  void reactivate_resendsTheActivationOfAProvisionedAccount_andRefusesAnActiveOne() {
    DirectoryUser provisioned = seeded("hal.ito", OktaUserStatus.PROVISIONED);
    DirectoryUser active = seeded("ivy.dahl", OktaUserStatus.ACTIVE);

    ChangeResult resent = directory.reactivate(provisioned);
    ChangeResult refused = directory.reactivate(active);

    assertThat(resent).isEqualTo(ChangeResult.done());
    assertThat(okta.activationEmails()).containsExactly("hal.ito@example.com");
    assertThat(refused)
        .isInstanceOfSatisfying(
            ChangeResult.Refused.class, r -> assertThat(r.reason()).contains("ACTIVE"));
    assertThat(lifecycleCalls(active, "reactivate")).isEmpty();
  }

  @Test
  void resetPassword_byLink_answersTheLinkAsASecret_andByEmailSendsNone() {
    DirectoryUser user = seeded("jo.marr", OktaUserStatus.ACTIVE);

    PasswordReset link = directory.resetPassword(user, ResetDelivery.LINK);
    PasswordReset email = directory.resetPassword(user, ResetDelivery.DIRECTORY_EMAIL);

    assertThat(link)
        .isInstanceOfSatisfying(
            PasswordReset.Link.class,
            l -> assertThat(l.url().reveal()).contains("/signin/reset-password/"));
    assertThat(email).isInstanceOf(PasswordReset.EmailSent.class);
    assertThat(lifecycleCalls(user, "reset_password"))
        .extracting(r -> r.queryParam("sendEmail").orElseThrow())
        .containsExactly("false", "true");
    assertThat(status("jo.marr")).isEqualTo(OktaUserStatus.RECOVERY);
  }

  @Test
  void expirePassword_answersTheTemporaryPassword_throughTheDedicatedPath() {
    DirectoryUser user = seeded("kit.vos", OktaUserStatus.ACTIVE);

    TemporaryPassword result = directory.expirePassword(user);

    assertThat(result)
        .isInstanceOfSatisfying(
            TemporaryPassword.Issued.class, i -> assertThat(i.password().isBlank()).isFalse());
    assertThat(lifecycleCalls(user, "expire_password_with_temp_password")).hasSize(1);
    assertThat(status("kit.vos")).isEqualTo(OktaUserStatus.PASSWORD_EXPIRED);
  }

  @Test
  void expirePassword_ofASuspendedAccount_isRefusedWithoutACall() {
    DirectoryUser user = seeded("lou.park", OktaUserStatus.SUSPENDED);

    assertThat(directory.expirePassword(user)).isInstanceOf(TemporaryPassword.Refused.class);
    assertThat(okta.requests()).noneMatch(r -> r.path().contains("/lifecycle/"));
  }

  @Test
  void aChangeForAnAccountThatNoLongerExists_isRefused() {
    DirectoryUser user = seeded("max.roe", OktaUserStatus.ACTIVE);
    DirectoryUser gone = new DirectoryUser("00uGone", user.login(), user.status(), user.created());

    assertThat(directory.suspend(gone))
        .isInstanceOfSatisfying(
            ChangeResult.Refused.class, r -> assertThat(r.reason()).contains("no longer exists"));
  }

  private DirectoryUser seeded(String localPart, OktaUserStatus status) {
    String[] names = localPart.split("\\.");
    okta.addUser(localPart + "@example.com", names[0], names[1], status);
    return existing(localPart + "@example.com");
  }

  private OktaUserStatus status(String localPart) {
    return okta.user(localPart + "@example.com").orElseThrow().status();
  }

  private java.util.List<RecordedRequest> lifecycleCalls(DirectoryUser user, String operation) {
    return okta.requests("POST", "/api/v1/users/" + user.id() + "/lifecycle/" + operation);
  }
}
