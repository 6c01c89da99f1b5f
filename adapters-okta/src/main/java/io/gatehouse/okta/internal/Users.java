package io.gatehouse.okta.internal;

import com.okta.sdk.resource.model.CreateUserRequest;
import com.okta.sdk.resource.model.PasswordCredential;
import com.okta.sdk.resource.model.User;
import com.okta.sdk.resource.model.UserCredentials;
import com.okta.sdk.resource.model.UserGetSingleton;
import com.okta.sdk.resource.model.UserProfile;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.NewUser;
import io.gatehouse.core.directory.UserStatus;
import io.gatehouse.core.secret.Secret;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Between the SDK's user models and the core's directory values. */
final class Users {
  private Users() {}

  static DirectoryUser of(User user) {
    return directoryUser(user.getId(), user.getProfile(), user.getStatus(), user.getCreated());
  }

  /** {@code UserGetSingleton} carries the same fields as {@code User} but does not extend it. */
  static DirectoryUser of(UserGetSingleton user) {
    return directoryUser(user.getId(), user.getProfile(), user.getStatus(), user.getCreated());
  }

  static CreateUserRequest createRequest(NewUser user, Optional<Secret> password) {
    UserProfile profile =
        new UserProfile()
            .login(user.login())
            .email(user.email())
            .firstName(user.firstName())
            .lastName(user.lastName());
    user.attributes().forEach((name, value) -> profile.getAdditionalProperties().put(name, value));
    CreateUserRequest request = new CreateUserRequest().profile(profile);
    password.ifPresent(secret -> request.credentials(passwordCredentials(secret)));
    return request;
  }

  static UserCredentials passwordCredentials(Secret password) {
    return new UserCredentials().password(new PasswordCredential().value(password.reveal()));
  }

  private static DirectoryUser directoryUser(
      String id,
      UserProfile profile,
      com.okta.sdk.resource.model.UserStatus status,
      OffsetDateTime created) {
    if (id == null || profile == null || profile.getLogin() == null || created == null) {
      throw new IllegalStateException("Okta answered a user without id, login or created");
    }
    return new DirectoryUser(id, profile.getLogin(), status(status), created.toInstant());
  }

  private static UserStatus status(com.okta.sdk.resource.model.UserStatus status) {
    if (status == null) {
      return UserStatus.UNKNOWN;
    }
    try {
      return UserStatus.valueOf(status.name());
    } catch (IllegalArgumentException unknown) {
      return UserStatus.UNKNOWN;
    }
  }
}
