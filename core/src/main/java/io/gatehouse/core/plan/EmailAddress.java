package io.gatehouse.core.plan;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks work e-mail addresses and logins before any call is made: the form a directory accepts,
 * less the characters ({@code { } | `}) that no real mailbox uses and that Jira's markup would act
 * on.
 */
final class EmailAddress {
  private static final Pattern FORM =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_~-]+)*"
              + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
              + "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");
  private static final int MIN_LENGTH = 5;
  private static final int MAX_LENGTH = 100;

  private EmailAddress() {}

  /** Why the text is not a usable address, or empty when it is one. */
  static Optional<String> problem(String text) {
    if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
      return Optional.of("must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
    }
    if (!FORM.matcher(text).matches()) {
      return Optional.of("is not a valid e-mail address");
    }
    return Optional.empty();
  }

  static String domain(String address) {
    return address.substring(address.lastIndexOf('@') + 1).toLowerCase();
  }
}
