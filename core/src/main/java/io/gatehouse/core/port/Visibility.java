package io.gatehouse.core.port;

/** Who may read a comment on a request. */
public enum Visibility {
  /** Agents only. Everything about how a request was handled goes here. */
  INTERNAL,
  /** The requester too, on the portal. */
  PUBLIC
}
