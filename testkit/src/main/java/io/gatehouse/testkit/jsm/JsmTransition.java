package io.gatehouse.testkit.jsm;

import java.util.Objects;

/** A customer transition: its id and name as listed, and the status it leads to. */
public record JsmTransition(String id, String name, JsmStatus to) {

  public JsmTransition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(to, "to");
  }
}
