package io.gatehouse.testkit.okta;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /api/v1/users/{id}/lifecycle/{operation}}, each allowed only from the statuses Okta
 * allows it from. Where Okta documents no error for a wrong status the simulator answers 403
 * E0000038; suspend, unsuspend and unlock answer 400 E0000001 as Okta does.
 */
final class LifecycleApi {
  private static final Set<OktaUserStatus> PASSWORD_HOLDERS =
      EnumSet.of(
          OktaUserStatus.ACTIVE,
          OktaUserStatus.PASSWORD_EXPIRED,
          OktaUserStatus.RECOVERY,
          OktaUserStatus.LOCKED_OUT);

  private final OktaState state;
  private final UsersApi users;

  LifecycleApi(OktaState state, UsersApi users) {
    this.state = state;
    this.users = users;
  }

  Reply handle(Call call, String id, String operation) {
    call.requireScope("okta.users.manage", null);
    UserRecord user = users.existing(id);
    Instant now = state.now();
    return switch (operation) {
      case "activate" -> activate(call, user, now);
      case "reactivate" -> reactivate(call, user);
      case "deactivate" -> deactivate(user, now);
      case "suspend" -> move(user, OktaUserStatus.ACTIVE, OktaUserStatus.SUSPENDED, now);
      case "unsuspend" -> move(user, OktaUserStatus.SUSPENDED, OktaUserStatus.ACTIVE, now);
      case "unlock" -> move(user, OktaUserStatus.LOCKED_OUT, OktaUserStatus.ACTIVE, now);
      case "reset_password" -> resetPassword(call, user, now);
      case "expire_password" ->
          call.flag("tempPassword", false)
              ? expireWithTempPassword(user, now)
              : expire(call, user, now);
      case "expire_password_with_temp_password" -> expireWithTempPassword(user, now);
      case "reset_factors" -> Reply.empty(200);
      default -> throw OktaError.notFound("lifecycle operation " + operation);
    };
  }

  private Reply activate(Call call, UserRecord user, Instant now) {
    if (user.status != OktaUserStatus.STAGED && user.status != OktaUserStatus.DEPROVISIONED) {
      throw OktaError.of(403, "E0000016", "Activation failed because the user is already active");
    }
    user.changeStatus(user.hasPassword ? OktaUserStatus.ACTIVE : OktaUserStatus.PROVISIONED, now);
    user.activated = now;
    return activationToken(call, user, call.flag("sendEmail", true));
  }

  private Reply reactivate(Call call, UserRecord user) {
    if (user.status != OktaUserStatus.PROVISIONED && user.status != OktaUserStatus.RECOVERY) {
      throw OktaError.notAllowedInStatus();
    }
    return activationToken(call, user, call.flag("sendEmail", false));
  }

  private Reply activationToken(Call call, UserRecord user, boolean sendEmail) {
    String token = state.newToken(20);
    ObjectNode body = OktaJson.MAPPER.createObjectNode();
    body.put("activationToken", token);
    if (sendEmail) {
      state.activationEmails.add(user.login());
    } else {
      body.put("activationUrl", call.baseUrl() + "/tokens/" + token + "/verify");
    }
    return Reply.json(body);
  }

  private Reply deactivate(UserRecord user, Instant now) {
    if (user.status == OktaUserStatus.DEPROVISIONED) {
      throw OktaError.notFound(user.id + " (User)");
    }
    user.changeStatus(OktaUserStatus.DEPROVISIONED, now);
    return Reply.empty(200);
  }

  private Reply move(UserRecord user, OktaUserStatus from, OktaUserStatus to, Instant now) {
    if (user.status != from) {
      throw new OktaError(
          400,
          "E0000001",
          "Api validation failed: status",
          List.of("status: Invalid transition from " + user.status + " to " + to));
    }
    user.changeStatus(to, now);
    return Reply.empty(200);
  }

  private Reply resetPassword(Call call, UserRecord user, Instant now) {
    if (call.param("sendEmail").isEmpty()) {
      throw OktaError.of(400, "E0000028", "The request is missing a required parameter: sendEmail");
    }
    if (!PASSWORD_HOLDERS.contains(user.status)) {
      throw OktaError.notAllowedInStatus();
    }
    user.changeStatus(OktaUserStatus.RECOVERY, now);
    ObjectNode body = OktaJson.MAPPER.createObjectNode();
    if (!call.flag("sendEmail", true)) {
      body.put("resetPasswordUrl", call.baseUrl() + "/signin/reset-password/" + state.newToken(20));
    }
    return Reply.json(body);
  }

  private Reply expire(Call call, UserRecord user, Instant now) {
    if (!PASSWORD_HOLDERS.contains(user.status)) {
      throw OktaError.notAllowedInStatus();
    }
    user.changeStatus(OktaUserStatus.PASSWORD_EXPIRED, now);
    return Reply.json(OktaJson.user(user, call.baseUrl(), false));
  }

  private Reply expireWithTempPassword(UserRecord user, Instant now) {
    if (!PASSWORD_HOLDERS.contains(user.status)) {
      throw OktaError.notAllowedInStatus();
    }
    user.changeStatus(OktaUserStatus.PASSWORD_EXPIRED, now);
    user.hasPassword = true;
    user.passwordChanged = now;
    ObjectNode body = OktaJson.MAPPER.createObjectNode();
    body.put("tempPassword", state.newToken(10));
    return Reply.json(body);
  }
}
