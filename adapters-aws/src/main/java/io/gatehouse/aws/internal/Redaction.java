package io.gatehouse.aws.internal;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes credentials out of text that leaves Gatehouse in an alert: PEM blocks, {@code SSWS} and
 * {@code Bearer} tokens, Atlassian API tokens, Slack tokens and webhook URLs, {@code password:}
 * style assignments and long base64 or hex runs. Whatever else the text holds, non-ASCII letters
 * included, stays as it was. This is a last line of defence: alerts are written without secrets in
 * the first place.
 */
public final class Redaction {
  public static final String REDACTED = "[redacted]";

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              "-----BEGIN ([A-Z0-9 ]+)-----.*?(-----END \\1-----|\\z)",
              Pattern.DOTALL,
              "[redacted PEM block]"),
          new Rule("(?i)\\b(SSWS|Bearer|Basic|DPoP)\\s+[A-Za-z0-9._~+/=-]+", 0, "$1 " + REDACTED),
          new Rule("\\bAT[A-Z]{2}T[A-Za-z0-9_=+/-]{8,}", 0, REDACTED),
          new Rule("\\bxox[a-z]?-[A-Za-z0-9-]+|\\bxapp-[A-Za-z0-9-]+", 0, REDACTED),
          new Rule("https://hooks\\.slack\\.com/\\S+", 0, "https://hooks.slack.com/" + REDACTED),
          new Rule(
              "(?i)\\b(password|passwd|pwd|secret|client[_-]?secret|api[_-]?key|api[_-]?token"
                  + "|token)(\\s*[:=]\\s*)[^\\s,;]+[^\\n]*",
              0,
              "$1$2" + REDACTED),
          new Rule("\\b[0-9a-fA-F]{32,}\\b", 0, REDACTED),
          new Rule("[A-Za-z0-9+/_-]{40,}={0,2}", 0, REDACTED, Redaction::mixed));

  private Redaction() {}

  /** The text with every credential-like part replaced by a marker. */
  public static String scrub(String text) {
    String result = text;
    for (Rule rule : RULES) {
      result =
          rule.pattern()
              .matcher(result)
              .replaceAll(
                  match ->
                      Matcher.quoteReplacement(
                          rule.applies().test(match.group())
                              ? rule.pattern()
                                  .matcher(match.group())
                                  .replaceFirst(rule.replacement())
                              : match.group()));
    }
    return result;
  }

  /**
   * The text cut to at most {@code max} characters, ending with a marker when cut, never in the
   * middle of a surrogate pair.
   */
  public static String truncate(String text, int max) {
    String marker = " …[truncated]";
    if (text.length() <= max) {
      return text;
    }
    int end = Math.max(0, max - marker.length());
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + marker;
  }

  /** A long run of letters and digits is taken for a key only when it mixes cases and digits. */
  private static boolean mixed(String run) {
    return run.chars().anyMatch(Character::isDigit)
        && run.chars().anyMatch(Character::isUpperCase)
        && run.chars().anyMatch(Character::isLowerCase);
  }

  private record Rule(Pattern pattern, String replacement, Predicate<String> applies) {
    Rule(String regex, int flags, String replacement) {
      this(regex, flags, replacement, match -> true);
    }

    Rule(String regex, int flags, String replacement, Predicate<String> applies) {
      this(Pattern.compile(regex, flags), replacement, applies);
    }
  }
}
