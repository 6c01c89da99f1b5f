package io.gatehouse.lambda.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built target/gatehouse-lambda.zip, after the package phase: every handler the template names
 * is in it, loadable on the artifact's own class path alone, and no test or demo code came along.
 */
class DeployableArtifactIT {
  /** Lambda takes a zip of at most 50 MB directly; this leaves room to grow without surprise. */
  private static final long BUDGET_BYTES = 45L * 1024 * 1024;

  private static Path zip;
  private static Path unpacked;
  private static URLClassLoader artifact;

  @BeforeAll
  static void unpack() throws IOException {
    zip = Path.of(System.getProperty("gatehouse.lambdaZip", "target/gatehouse-lambda.zip"));
    unpacked = Files.createTempDirectory("gatehouse-lambda");
    List<URL> path = new ArrayList<>(List.of(unpacked.toUri().toURL()));
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : file.stream().toList()) {
        Path target = unpacked.resolve(entry.getName()).normalize();
        if (!target.startsWith(unpacked) || entry.isDirectory()) {
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = file.getInputStream(entry)) {
          Files.copy(in, target);
        }
        if (entry.getName().startsWith("lib/") && entry.getName().endsWith(".jar")) {
          path.add(target.toUri().toURL());
        }
      }
    }
    artifact = new URLClassLoader(path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  @AfterAll
  static void close() throws IOException {
    artifact.close();
  }

  @Test
  void everyHandlerTheTemplateNames_isInTheArtifact_withItsPublicMethodAndConstructor()
      throws Exception {
    List<String> handlers = new TemplateChecks(Templates.deployment()).handlers();

    assertThat(handlers).isNotEmpty();
    for (String handler : handlers) {
      String[] parts = handler.split("::");
      Class<?> type = Class.forName(parts[0], false, artifact);
      assertThat(type.getClassLoader()).as(handler).isSameAs(artifact);
      assertThat(type.getConstructor().getModifiers() & Modifier.PUBLIC).as(handler).isNotZero();
      assertThat(Arrays.stream(type.getMethods()).map(Method::getName))
          .as(handler)
          .contains(parts[1]);
      assertThat(Arrays.stream(type.getInterfaces()).map(Class::getName))
          .as(handler)
          .containsAnyOf(
              "com.amazonaws.services.lambda.runtime.RequestHandler",
              "com.amazonaws.services.lambda.runtime.RequestStreamHandler");
    }
  }

  @Test
  void artifact_holdsNoTestOrDemoCode() throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      List<String> names = file.stream().map(ZipEntry::getName).toList();

      assertThat(names).contains("logback.xml", "lib/gatehouse-core-0.1.0-SNAPSHOT.jar");
      assertThat(names)
          .noneMatch(name -> name.contains("testkit"))
          .noneMatch(name -> name.contains("runtime-http"))
          .noneMatch(name -> name.contains("/support/") || name.endsWith("Test.class"))
          .noneMatch(name -> name.contains("junit") || name.contains("assertj"))
          .noneMatch(name -> name.contains("events/") && name.endsWith(".json"));
    }
  }

  @Test
  void artifact_staysWithinItsSizeBudget() throws IOException {
    assertThat(Files.size(zip)).isLessThan(BUDGET_BYTES);
  }
}
