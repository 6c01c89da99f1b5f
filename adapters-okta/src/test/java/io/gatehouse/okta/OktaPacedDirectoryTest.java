package io.gatehouse.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.gatehouse.core.directory.UserStatus;
import io.gatehouse.core.port.DirectoryException;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.secret.Secret;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OktaPacedDirectoryTest {
  private static final DirectoryUser SAM =
      new DirectoryUser("00u1", "sam@acme.example", UserStatus.ACTIVE, Instant.EPOCH);
  private static final DirectoryGroup VPN = new DirectoryGroup("00g1", "vpn-users", true);

  private final List<String> events = new ArrayList<>();
  private final OktaPacedDirectory directory =
      new OktaPacedDirectory(
          new RecordingDirectory(), (bucket, calls) -> events.add("spend " + bucket + " " + calls));

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void eachCall_takesThePlacesOfItsOktaCallsBeforeItIsMade() {
    directory.findUser("sam@acme.example");
    directory.findUser("sam/ortiz");
    directory.createUser(newUser(), Optional.empty());
    directory.setTemporaryPassword(SAM, Secret.of("Tmp-1234567890ab"));
    directory.findGroup("vpn-users");
    directory.addToGroup(SAM, VPN);

    assertThat(events)
        .containsExactly(
            "spend user-get 1",
            "findUser",
            "spend users 1",
            "findUser",
            "spend users 1",
            "createUser",
            "spend user-update 1",
            "spend other 1",
            "setTemporaryPassword",
            "spend groups 1",
            "findGroup",
            "spend other 2",
            "addToGroup");
  }

  @Test
  void aWaitCutShort_isARetryableDirectoryFailure_andKeepsTheInterrupt() {
    OktaPacedDirectory interrupted =
        new OktaPacedDirectory(
            new RecordingDirectory(),
            (bucket, calls) -> {
              throw new InterruptedException("stop");
            });

    assertThatThrownBy(() -> interrupted.createUser(newUser(), Optional.empty()))
        .isInstanceOf(DirectoryException.class)
        .hasMessageContaining("users budget")
        .satisfies(e -> assertThat(((DirectoryException) e).retryable()).isTrue());
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    assertThat(events).isEmpty();
  }

  private static NewUser newUser() {
    return new NewUser("sam@acme.example", "sam@acme.example", "Sam", "Ortiz", Map.of());
  }

  /** Answers every call at once and notes it in the shared event list. */
  private final class RecordingDirectory implements IdentityDirectory {
    @Override
    public Optional<DirectoryUser> findUser(String login) {
      events.add("findUser");
      return Optional.empty();
    }

    @Override
    public CreateUserResult createUser(NewUser user, Optional<Secret> temporaryPassword) {
      events.add("createUser");
      return new CreateUserResult.Created(SAM);
    }

    @Override
    public ChangeResult setTemporaryPassword(DirectoryUser user, Secret temporaryPassword) {
      events.add("setTemporaryPassword");
      return ChangeResult.done();
    }

    @Override
    public GroupLookup findGroup(String name) {
      events.add("findGroup");
      return new GroupLookup.Found(VPN);
    }

    @Override
    public ChangeResult addToGroup(DirectoryUser user, DirectoryGroup group) {
      events.add("addToGroup");
      return ChangeResult.done();
    }

    @Override
    public CreateUserResult createUser(
        NewUser user, Optional<Secret> temporaryPassword, List<DirectoryGroup> groups) {
      events.add("createUser");
      return new CreateUserResult.Created(SAM);
    }

    @Override
    public GroupLookup findGroup(String name, GroupType type) {
      events.add("findGroup");
      return new GroupLookup.Found(VPN);
    }

    @Override
    public List<DirectoryGroup> groupsOf(DirectoryUser user) {
      events.add("groupsOf");
      return List.of();
    }

    @Override
    public ChangeResult removeFromGroup(DirectoryUser user, DirectoryGroup group) {
      return change("removeFromGroup");
    }

    @Override
    public ChangeResult activate(DirectoryUser user) {
      return change("activate");
    }

    @Override
    public ChangeResult reactivate(DirectoryUser user) {
      return change("reactivate");
    }

    @Override
    public ChangeResult deactivate(DirectoryUser user) {
      return change("deactivate");
    }

    @Override
    public ChangeResult suspend(DirectoryUser user) {
      return change("suspend");
    }

    @Override
    public ChangeResult unsuspend(DirectoryUser user) {
      return change("unsuspend");
    }

    @Override
    public ChangeResult unlock(DirectoryUser user) {
      return change("unlock");
    }

    @Override
    public PasswordReset resetPassword(DirectoryUser user, ResetDelivery delivery) {
      throw new UnsupportedOperationException("not paced in these tests");
    }

    @Override
    public TemporaryPassword expirePassword(DirectoryUser user) {
      throw new UnsupportedOperationException("not paced in these tests");
    }

    private ChangeResult change(String event) {
      events.add(event);
      return ChangeResult.done();
    }
  }
}
