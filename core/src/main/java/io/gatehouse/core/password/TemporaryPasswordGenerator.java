package io.gatehouse.core.password;

import io.gatehouse.core.secret.Secret;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Makes the random temporary passwords a new account starts with. Each has {@value #LENGTH}
 * characters drawn from a {@link SecureRandom}, at least one of each class (upper case, lower case,
 * digit, symbol), and never contains four or more consecutive characters of the login or of the
 * person's names, which directory password policies forbid. Characters that look alike (0 and O, 1,
 * l and I) and symbols that Jira's wiki markup would turn into formatting are left out, so the
 * password reads the same on the portal as it was set.
 */
public final class TemporaryPasswordGenerator {
  /** Well above the 16 characters a strong policy asks for. */
  public static final int LENGTH = 20;

  private static final int FORBIDDEN_PART = 4;
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SYMBOLS = "@#$%&=:";
  private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;

  private final SecureRandom random;

  public TemporaryPasswordGenerator(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * A new temporary password for the account with this login.
   *
   * @param login the account's login
   * @param names further words the password must not contain, such as first and last name
   */
  public Secret generate(String login, String... names) {
    List<String> forbidden = new ArrayList<>();
    forbidden.add(login);
    forbidden.addAll(List.of(names));
    while (true) {
      char[] candidate = candidate();
      if (containsNoPartOf(candidate, forbidden)) {
        return Secret.of(candidate);
      }
    }
  }

  private char[] candidate() {
    List<Character> chars = new ArrayList<>(LENGTH);
    for (String alphabet : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
      chars.add(pick(alphabet));
    }
    while (chars.size() < LENGTH) {
      chars.add(pick(ALL));
    }
    Collections.shuffle(chars, random);

    char[] password = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      password[i] = chars.get(i);
    }
    return password;
  }

  private char pick(String alphabet) {
    return alphabet.charAt(random.nextInt(alphabet.length()));
  }

  static boolean containsNoPartOf(char[] password, List<String> words) {
    String lowered = new String(password).toLowerCase(Locale.ROOT);
    for (String word : words) {
      String w = word.toLowerCase(Locale.ROOT);
      for (int start = 0; start + FORBIDDEN_PART <= w.length(); start++) {
        if (lowered.contains(w.substring(start, start + FORBIDDEN_PART))) {
          return false;
        }
      }
    }
    return true;
  }
}
