package io.gatehouse.core.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Every problem found in one configuration, each as {@code key: what is wrong}, kept in the order
 * found so that one start-up reports all of them at once instead of one per attempt.
 */
public final class ConfigProblems {
  private final List<String> found = new ArrayList<>();

  /** Notes a problem with the value at {@code key}, such as {@code requestTypes[0].id}. */
  public void add(String key, String what) {
    found.add(key + ": " + what);
  }

  public int count() {
    return found.size();
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** The problems so far, in the order found. */
  public List<String> list() {
    return List.copyOf(found);
  }
}
