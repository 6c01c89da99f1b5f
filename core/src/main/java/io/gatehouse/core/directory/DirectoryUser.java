package io.gatehouse.core.directory;

import java.time.Instant;
import java.util.Objects;

/**
 * An account in the identity directory.
 *
 * @param id the directory's id, such as {@code 00u9x2k4hGQzrT1Xd5d7}
 * @param login the login, usually an e-mail address
 * @param status the lifecycle status when it was read
 * @param created when the account was created
 */
public record DirectoryUser(String id, String login, UserStatus status, Instant created) {
  public DirectoryUser {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(created, "created");
  }
}
