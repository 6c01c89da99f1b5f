package io.gatehouse.core.directory;

import java.util.Objects;

/** The result of one change in the directory that may already have been made before. */
public sealed interface ChangeResult {

  /** The change was made now. */
  record Done() implements ChangeResult {}

  /** Nothing had to change: the directory already was as asked (an existing member). */
  record AlreadyDone() implements ChangeResult {}

  /** The directory will not make this change; the reason says why, with no credential in it. */
  record Refused(String reason) implements ChangeResult {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }

  static ChangeResult done() {
    return new Done();
  }

  static ChangeResult alreadyDone() {
    return new AlreadyDone();
  }

  static ChangeResult refused(String reason) {
    return new Refused(reason);
  }
}
