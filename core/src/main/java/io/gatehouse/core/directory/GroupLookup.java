package io.gatehouse.core.directory;

import java.util.Objects;

/** The result of looking a group up by its exact name. */
public sealed interface GroupLookup {

  /** Exactly one group has that name. */
  record Found(DirectoryGroup group) implements GroupLookup {
    public Found {
      Objects.requireNonNull(group, "group");
    }
  }

  /** No group has that name. */
  record Missing(String name) implements GroupLookup {}

  /** More than one group has that name; Gatehouse will not guess which one was meant. */
  record Ambiguous(String name, int count) implements GroupLookup {}
}
