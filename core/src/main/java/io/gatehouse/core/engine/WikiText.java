package io.gatehouse.core.engine;

/**
 * Makes text from requests, approvers and services safe to put into a Jira comment, which is
 * rendered as wiki markup: markup characters are escaped, so a name or a login can neither format
 * the comment nor close the block that shows a temporary password, and line breaks are folded so a
 * value cannot start a line of its own.
 */
public final class WikiText {
  /**
   * Formatting, links, macros and {@code !image!}, which would fetch a URL in every reader's view.
   */
  private static final String MARKUP = "\\{}[]|*_+^~!";

  /** Jira refuses comments much longer than this. */
  public static final int MAX_COMMENT = 30_000;

  private WikiText() {}

  /** The text with markup characters escaped and line breaks and control characters folded. */
  public static String escape(String text) {
    StringBuilder safe = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || Character.isISOControl(c)) {
        safe.append(' ');
      } else {
        if (MARKUP.indexOf(c) >= 0) {
          safe.append('\\');
        }
        safe.append(c);
      }
    }
    return safe.toString();
  }

  /** Cuts a comment to what Jira accepts, saying so at the end. */
  public static String fit(String comment) {
    if (comment.length() <= MAX_COMMENT) {
      return comment;
    }
    return comment.substring(0, MAX_COMMENT - 40) + "\n(cut: the full text is in the audit trail)";
  }
}
