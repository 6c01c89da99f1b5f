package io.gatehouse.lambda.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The repository's deployment template and test templates, parsed. */
final class Templates {
  private Templates() {}

  static Path repoRoot() {
    String root = System.getProperty("gatehouse.repoRoot");
    return root == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(root);
  }

  static Map<String, Object> deployment() {
    return parse(repoRoot().resolve("deploy/template.yaml"));
  }

  static Map<String, Object> testTemplate(String name) {
    return parse(repoRoot().resolve("runtime-lambda/src/test/resources/templates/" + name));
  }

  private static Map<String, Object> parse(Path file) {
    try {
      return CloudFormationYaml.parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
