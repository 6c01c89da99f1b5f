package io.gatehouse.core.directory;

import java.util.Map;
import java.util.Objects;

/**
 * The profile of an account to create.
 *
 * @param login the login, validated as an e-mail address by the planner
 * @param email the primary e-mail address
 * @param firstName given name
 * @param lastName family name
 * @param attributes further profile attributes by their directory name ({@code department})
 */
public record NewUser(
    String login, String email, String firstName, String lastName, Map<String, String> attributes) {
  public NewUser {
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    attributes = Map.copyOf(attributes);
  }
}
