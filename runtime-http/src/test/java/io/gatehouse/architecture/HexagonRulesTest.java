package io.gatehouse.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.gatehouse.core.archfixture.CoreThatReadsJira;
import io.gatehouse.http.archfixture.LoneAdapterUser;
import io.gatehouse.jira.archfixture.JiraThatCallsOkta;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hexagon's dependency rules, checked on the production classes of every module, and each shown
 * able to fail on a fixture that breaks it (fixtures live in this test tree only).
 */
class HexagonRulesTest {
  private static final String CORE = "io.gatehouse.core..";
  private static final String[] ADAPTERS = {
    "io.gatehouse.jira..", "io.gatehouse.okta..", "io.gatehouse.aws.."
  };
  private static final String TESTKIT = "io.gatehouse.testkit..";

  static final ArchRule coreDependsOnTheJdkAlone =
      classes()
          .that()
          .resideInAPackage(CORE)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(CORE, "java..")
          .because("the domain must run anywhere and be tested without any adapter");

  static final ArchRule adaptersDependOnTheCoreOnly_andRuntimesOnAdaptersAndCore =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Core")
          .definedBy(CORE)
          .layer("Jira")
          .definedBy("io.gatehouse.jira..")
          .layer("Okta")
          .definedBy("io.gatehouse.okta..")
          .optionalLayer("Aws")
          .definedBy("io.gatehouse.aws..")
          .layer("Testkit")
          .definedBy(TESTKIT)
          .layer("HttpRuntime")
          .definedBy("io.gatehouse.http..")
          .optionalLayer("LambdaRuntime")
          .definedBy("io.gatehouse.lambda..")
          .whereLayer("HttpRuntime")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("LambdaRuntime")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Jira")
          .mayOnlyBeAccessedByLayers("HttpRuntime", "LambdaRuntime")
          .whereLayer("Okta")
          .mayOnlyBeAccessedByLayers("HttpRuntime", "LambdaRuntime")
          .whereLayer("Aws")
          .mayOnlyBeAccessedByLayers("LambdaRuntime")
          .whereLayer("Testkit")
          .mayOnlyBeAccessedByLayers("HttpRuntime")
          .whereLayer("Core")
          .mayOnlyBeAccessedByLayers(
              "Jira", "Okta", "Aws", "Testkit", "HttpRuntime", "LambdaRuntime")
          .because(
              "adapters implement the core's ports and know nothing of each other; runtimes"
                  + " only wire them together; the testkit holds the ports' contract tests");

  static final ArchRule adaptersAreReachedThroughTheirModulesAndPortsOnly =
      classes()
          .that()
          .resideInAnyPackage("io.gatehouse.jira..internal..", "io.gatehouse.okta..internal..")
          .should()
          .onlyHaveDependentClassesThat()
          .resideInAnyPackage(ADAPTERS)
          .because("an adapter exposes its Guice module and settings, never its implementation");

  /**
   * Gatehouse's own classes, whether the reactor hands them over as class folders (test phase) or
   * as module jars (verify): third-party jars are left out.
   */
  private static final ImportOption OWN_CLASSES =
      location -> !location.isJar() || location.contains("/gatehouse-");

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(OWN_CLASSES)
            .importPackages("io.gatehouse");
  }

  @Test
  void productionClasses_keepEveryRule() {
    assertThat(production.containPackage("io.gatehouse.core.engine")).isTrue();
    assertThat(production.containPackage("io.gatehouse.jira")).isTrue();
    assertThat(production.containPackage("io.gatehouse.okta.internal")).isTrue();
    assertThat(production.containPackage("io.gatehouse.http.config")).isTrue();

    coreDependsOnTheJdkAlone.check(production);
    adaptersDependOnTheCoreOnly_andRuntimesOnAdaptersAndCore.check(production);
    adaptersAreReachedThroughTheirModulesAndPortsOnly.check(production);
  }

  @Test
  void coreRule_fails_whenTheCoreReadsAnAdapter() {
    assertViolated(coreDependsOnTheJdkAlone, CoreThatReadsJira.class);
    assertViolated(
        adaptersDependOnTheCoreOnly_andRuntimesOnAdaptersAndCore, CoreThatReadsJira.class);
  }

  @Test
  void layerRule_fails_whenOneAdapterCallsAnother() {
    assertViolated(
        adaptersDependOnTheCoreOnly_andRuntimesOnAdaptersAndCore, JiraThatCallsOkta.class);
  }

  @Test
  void internalsRule_fails_whenARuntimeUsesAnAdapterImplementation() {
    assertViolated(adaptersAreReachedThroughTheirModulesAndPortsOnly, LoneAdapterUser.class);
  }

  private static void assertViolated(ArchRule rule, Class<?> fixture) {
    JavaClasses withFixture =
        new ClassFileImporter()
            .withImportOption(OWN_CLASSES)
            .importPackages("io.gatehouse")
            .that(
                com.tngtech.archunit.base.DescribedPredicate.describe(
                    "production classes or " + fixture.getSimpleName(),
                    javaClass ->
                        production.contain(javaClass.getName())
                            || javaClass.getName().startsWith(fixture.getName())));

    EvaluationResult result = rule.evaluate(withFixture);

    assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line).contains(fixture.getName()));
  }
}
