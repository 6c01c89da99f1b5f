package io.gatehouse.core.directory;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The profile of an account to create.
 *
 * @param login the login, validated as an e-mail address by the planner
 * @param email the primary e-mail address
 * @param firstName given name
 * @param lastName family name
 * @param attributes further profile attributes by their directory name ({@code department}); never
 *     one of the {@link #FIXED_ATTRIBUTES}, which only the checked values above may set
 */
public record NewUser(
    String login, String email, String firstName, String lastName, Map<String, String> attributes) {
  /** The profile attributes set from the checked values, which no further attribute may replace. */
  public static final Set<String> FIXED_ATTRIBUTES =
      Set.of("login", "email", "firstName", "lastName");

  public NewUser {
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    attributes = Map.copyOf(attributes);
    for (String name : attributes.keySet()) {
      if (FIXED_ATTRIBUTES.stream().anyMatch(name::equalsIgnoreCase)) {
        throw new IllegalArgumentException(
            "profile attribute " + name + " is set from the checked request fields only");
      }
    }
  }
}
