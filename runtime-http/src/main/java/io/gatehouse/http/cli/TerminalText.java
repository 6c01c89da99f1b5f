package io.gatehouse.http.cli;

/**
 * Makes text from requests, approvers and services safe to print on a terminal. A requester types
 * the fields that reach a report, and a terminal acts on control characters: an escape sequence in
 * an e-mail field could clear the screen, retitle the window or write to the clipboard of whoever
 * runs {@code gatehouse run}. Each control or invisible formatting character (such as a
 * right-to-left override) is shown as {@code ?} instead.
 */
final class TerminalText {
  private TerminalText() {}

  static String safe(Object value) {
    String text = String.valueOf(value);
    StringBuilder safe = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              int type = Character.getType(c);
              safe.appendCodePoint(type == Character.CONTROL || type == Character.FORMAT ? '?' : c);
            });
    return safe.toString();
  }

  /** The same for text of several lines, whose line breaks are kept. */
  static String safeLines(String text) {
    return String.join("\n", text.lines().map(TerminalText::safe).toList());
  }
}
