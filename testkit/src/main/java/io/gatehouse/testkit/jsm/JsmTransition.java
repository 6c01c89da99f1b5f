package io.gatehouse.testkit.jsm;

import java.util.List;
import java.util.Objects;

/**
 * A workflow transition offered from a status: its id and name as listed, the status it leads to,
 * and the fields its screen requires. The servicedeskapi lists it as a customer transition (id and
 * name only); the platform API lists it with its target status and, when asked, its screen fields.
 *
 * @param requiredFields field ids (such as {@code resolution}) that a platform transition call must
 *     set; the servicedeskapi transition call is refused while any is required
 */
public record JsmTransition(String id, String name, JsmStatus to, List<String> requiredFields) {

  public JsmTransition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(to, "to");
    requiredFields = List.copyOf(requiredFields);
  }

  /** A transition without required screen fields. */
  public JsmTransition(String id, String name, JsmStatus to) {
    this(id, name, to, List.of());
  }

  /** The same transition with a screen that requires these fields. */
  public JsmTransition requiring(String... fieldIds) {
    return new JsmTransition(id, name, to, List.of(fieldIds));
  }
}
