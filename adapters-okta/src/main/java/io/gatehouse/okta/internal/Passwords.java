package io.gatehouse.okta.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.okta.sdk.resource.api.UserCredApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.Pair;
import com.okta.sdk.resource.model.ResetPasswordToken;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.PasswordReset;
import io.gatehouse.core.directory.ResetDelivery;
import io.gatehouse.core.directory.TemporaryPassword;
import io.gatehouse.core.directory.UserStatus;
import io.gatehouse.core.port.DirectoryException;
import io.gatehouse.core.secret.Secret;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Password resets and temporary passwords, allowed only for accounts that have a password. Neither
 * call is repeated after a 5xx or a lost answer: each issues a new credential and voids the last.
 */
final class Passwords {
  private static final Logger LOG = LoggerFactory.getLogger(Passwords.class);
  private static final String[] AUTH_NAMES = {"apiToken", "oauth2"};

  private final OktaCalls calls;
  private final Lifecycle lifecycle;

  Passwords(OktaCalls calls, Lifecycle lifecycle) {
    this.calls = calls;
    this.lifecycle = lifecycle;
  }

  PasswordReset reset(DirectoryUser user, ResetDelivery delivery) {
    Optional<String> refusal = refusal("resetPassword", user);
    if (refusal.isPresent()) {
      return new PasswordReset.Refused(refusal.get());
    }

    boolean email = delivery == ResetDelivery.DIRECTORY_EMAIL;
    ResetPasswordToken token =
        calls.call(
            "resetPassword",
            OktaCalls.Retry.RATE_LIMIT_ONLY,
            client -> new UserCredApi(client).resetPassword(user.id(), email, false));
    LOG.info("Okta account {}: password reset started ({})", user.id(), delivery);
    if (email) {
      return new PasswordReset.EmailSent();
    }
    String url = token == null ? null : token.getResetPasswordUrl();
    if (url == null || url.isBlank()) {
      throw new DirectoryException(
          "Okta resetPassword for " + user.id() + " answered no reset link",
          DirectoryException.Kind.OTHER,
          null);
    }
    return new PasswordReset.Link(Secret.of(url));
  }

  /**
   * Through the raw client: okta-sdk-java 24 reads this answer as a {@code User} and drops the
   * {@code tempPassword} field (its issue 1622), so the answer is read as JSON here.
   */
  TemporaryPassword expire(DirectoryUser user) {
    Optional<String> refusal = refusal("expirePassword", user);
    if (refusal.isPresent()) {
      return new TemporaryPassword.Refused(refusal.get());
    }

    JsonNode answer =
        calls.call(
            "expirePassword",
            OktaCalls.Retry.RATE_LIMIT_ONLY,
            client -> expireWithTemporary(client, user.id()));
    String temporary = answer == null ? "" : answer.path("tempPassword").asText("");
    if (temporary.isBlank()) {
      throw new DirectoryException(
          "Okta expirePassword for "
              + user.id()
              + " answered no temporary password; the password is expired and must be reset",
          DirectoryException.Kind.OTHER,
          null);
    }
    LOG.info("Okta account {}: password expired with a temporary one", user.id());
    return new TemporaryPassword.Issued(Secret.of(temporary));
  }

  private Optional<String> refusal(String operation, DirectoryUser user) {
    Optional<DirectoryUser> now = lifecycle.current(operation, user.id());
    if (now.isEmpty()) {
      return Optional.of("account " + user.id() + " no longer exists in Okta");
    }
    UserStatus status = now.get().status();
    return Lifecycle.HAS_PASSWORD.contains(status)
        ? Optional.empty()
        : Optional.of(Lifecycle.noPasswordReason(user, status));
  }

  private static JsonNode expireWithTemporary(ApiClient client, String userId) {
    return client.invokeAPI(
        "/api/v1/users/"
            + client.escapeString(userId)
            + "/lifecycle/expire_password_with_temp_password",
        "POST",
        new ArrayList<>(List.of(new Pair("revokeSessions", "false"))),
        new ArrayList<>(),
        null,
        null,
        new HashMap<>(),
        new HashMap<>(),
        new HashMap<>(),
        "application/json",
        "application/json",
        AUTH_NAMES,
        new TypeReference<JsonNode>() {});
  }
}
