package io.gatehouse.lambda.config;

import java.util.ArrayList;
import java.util.List;

/** Every configuration problem found at cold start, each with its key, reported together. */
final class Problems {
  private final List<String> found = new ArrayList<>();

  void add(String key, String what) {
    found.add(key + ": " + what);
  }

  int count() {
    return found.size();
  }

  /** Throws when anything was found, listing all of it. */
  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new LambdaConfigException(found);
    }
  }
}
