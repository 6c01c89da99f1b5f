package io.gatehouse.testkit.jsm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Finds the published API descriptions in {@code ../shared/specs/} beside the repository root: the
 * root is {@code gatehouse.repoRoot} when surefire sets it, else the nearest directory upwards that
 * holds {@code .mvn}.
 */
final class SpecFiles {
  private SpecFiles() {}

  static Optional<Path> spec(String fileName) {
    return repoRoot()
        .map(root -> root.resolve("../shared/specs").resolve(fileName).normalize())
        .filter(Files::isRegularFile);
  }

  private static Optional<Path> repoRoot() {
    String property = System.getProperty("gatehouse.repoRoot");
    if (property != null && !property.isBlank()) {
      return Optional.of(Paths.get(property).toAbsolutePath());
    }
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve(".mvn"))) {
      dir = dir.getParent();
    }
    return Optional.ofNullable(dir);
  }
}
