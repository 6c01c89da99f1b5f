package io.gatehouse.testkit.okta;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A simulated user as a test sees it.
 *
 * @param id the Okta id ({@code 00u…})
 * @param login the login
 * @param status the lifecycle status now
 * @param hasPassword whether a password is set
 * @param groupNames names of the groups the user belongs to, in the order they were joined
 * @param profile the profile attributes, each as text
 */
public record UserView(
    String id,
    String login,
    OktaUserStatus status,
    boolean hasPassword,
    List<String> groupNames,
    Map<String, String> profile) {
  public UserView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(status, "status");
    groupNames = List.copyOf(groupNames);
    profile = Map.copyOf(profile);
  }
}
