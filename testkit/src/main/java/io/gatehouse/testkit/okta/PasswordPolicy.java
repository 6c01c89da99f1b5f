package io.gatehouse.testkit.okta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The password rules the simulator enforces, like an Okta password policy.
 *
 * @param minLength the shortest password accepted
 * @param minLowerCase whether a lowercase letter is required
 * @param minUpperCase whether an uppercase letter is required
 * @param minNumber whether a digit is required
 * @param minSymbol whether a character other than a letter or digit is required
 * @param excludeUsername whether the password must not contain parts of the login (split on {@code
 *     , . _ # @ -}, parts of four characters or more) nor the first or last name
 */
public record PasswordPolicy(
    int minLength,
    boolean minLowerCase,
    boolean minUpperCase,
    boolean minNumber,
    boolean minSymbol,
    boolean excludeUsername) {

  public PasswordPolicy {
    if (minLength < 1) {
      throw new IllegalArgumentException("minLength must be positive: " + minLength);
    }
  }

  /** Okta's default policy: 8 characters, lower, upper and digit, no parts of the username. */
  public static PasswordPolicy oktaDefault() {
    return new PasswordPolicy(8, true, true, true, false, true);
  }

  /** The requirements a password misses, empty when it is accepted. Never echoes the password. */
  List<String> violations(String password, String login, String firstName, String lastName) {
    List<String> missing = new ArrayList<>();
    if (password.length() < minLength) {
      missing.add("at least " + minLength + " characters");
    }
    if (minLowerCase && password.chars().noneMatch(Character::isLowerCase)) {
      missing.add("a lowercase letter");
    }
    if (minUpperCase && password.chars().noneMatch(Character::isUpperCase)) {
      missing.add("an uppercase letter");
    }
    if (minNumber && password.chars().noneMatch(Character::isDigit)) {
      missing.add("a number");
    }
    if (minSymbol && password.chars().allMatch(Character::isLetterOrDigit)) {
      missing.add("a symbol");
    }
    if (excludeUsername && containsNameParts(password, login, firstName, lastName)) {
      missing.add("no parts of your username");
      missing.add("does not include your first name");
      missing.add("does not include your last name");
    }
    return missing;
  }

  private static boolean containsNameParts(
      String password, String login, String firstName, String lastName) {
    String lower = password.toLowerCase(Locale.ROOT);
    List<String> parts = new ArrayList<>(List.of(login.toLowerCase(Locale.ROOT).split("[,._#@-]")));
    parts.add(firstName == null ? "" : firstName.toLowerCase(Locale.ROOT));
    parts.add(lastName == null ? "" : lastName.toLowerCase(Locale.ROOT));
    return parts.stream().filter(part -> part.length() >= 4).anyMatch(lower::contains);
  }
}
