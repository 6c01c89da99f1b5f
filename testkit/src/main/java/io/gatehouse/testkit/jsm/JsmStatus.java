package io.gatehouse.testkit.jsm;

import java.util.Objects;

/** A request status: its (translatable) name and the category that decides open or closed. */
public record JsmStatus(String name, Category category) {

  /** The status categories of {@code CustomerRequestStatusDTO}. */
  public enum Category {
    UNDEFINED,
    NEW,
    INDETERMINATE,
    DONE
  }

  public JsmStatus {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
  }

  public static JsmStatus open(String name) {
    return new JsmStatus(name, Category.INDETERMINATE);
  }

  public static JsmStatus done(String name) {
    return new JsmStatus(name, Category.DONE);
  }

  /** Whether a request in this status is listed under {@code OPEN_REQUESTS}. */
  public boolean isOpen() {
    return category != Category.DONE;
  }
}
