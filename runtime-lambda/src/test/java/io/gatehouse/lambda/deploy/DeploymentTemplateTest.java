package io.gatehouse.lambda.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** deploy/template.yaml: it parses, every reference resolves, and no role grants everything. */
class DeploymentTemplateTest {
  private final TemplateChecks template = new TemplateChecks(Templates.deployment());

  @Test
  void template_parses_withTheResourcesIssue5Asks() {
    assertThat(template.resources().values().stream().map(Object.class::cast).toList())
        .extracting(resource -> String.valueOf(((Map<?, ?>) resource).get("Type")))
        .contains(
            "AWS::ApiGateway::RestApi",
            "AWS::ApiGateway::ApiKey",
            "AWS::ApiGateway::UsagePlan",
            "AWS::ApiGateway::UsagePlanKey",
            "AWS::Lambda::Function",
            "AWS::SecretsManager::Secret",
            "AWS::DynamoDB::Table",
            "AWS::Logs::LogGroup",
            "AWS::Logs::MetricFilter",
            "AWS::CloudWatch::Alarm",
            "AWS::Events::Rule",
            "AWS::SNS::Topic",
            "AWS::SNS::Subscription",
            "AWS::ECS::Cluster",
            "AWS::ECS::TaskDefinition",
            "AWS::IAM::Role");
  }

  @Test
  void everyReference_resolvesToAResourceParameterOrPseudoParameter() {
    assertThat(template.unresolvedReferences()).isEmpty();
  }

  @Test
  void noResources_dependOnEachOtherInACircle() {
    assertThat(template.dependencyCycles()).isEmpty();
  }

  @Test
  void noRole_grantsAWildcardActionOnAWildcardResource() {
    assertThat(template.wildcardGrants()).isEmpty();
  }

  @Test
  void template_namesTheThreeHandlers_forImageAndZip() {
    assertThat(template.handlers())
        .containsOnly(
            "io.gatehouse.lambda.AutomationHandler::handleRequest",
            "io.gatehouse.lambda.ProvisioningHandler::handleRequest",
            "io.gatehouse.lambda.AlertHandler::handleRequest")
        .hasSize(6);
  }

  @Test
  void webhookFunction_timesOutBeforeApiGatewayGivesUp_bc25() {
    Map<?, ?> properties = properties("AutomationFunction");
    Map<?, ?> integration =
        (Map<?, ?>) ((Map<?, ?>) properties("WebhookMethod")).get("Integration");

    assertThat((Integer) properties.get("Timeout")).isLessThan(29);
    assertThat((Integer) integration.get("TimeoutInMillis")).isLessThanOrEqualTo(29_000);
    assertThat(properties("WebhookMethod").get("ApiKeyRequired")).isEqualTo(true);
  }

  @Test
  void tables_haveTheKeysOfTheDynamoDbAdapters_andTheWorkerIsToldTheirNames() {
    Map<?, ?> variables =
        (Map<?, ?>)
            ((Map<?, ?>) properties("ProvisioningFunction").get("Environment")).get("Variables");

    assertThat(properties("LedgerTable").get("KeySchema"))
        .isEqualTo(List.of(Map.of("AttributeName", "requestKey", "KeyType", "HASH")));
    assertThat(properties("AuditTable").get("KeySchema"))
        .isEqualTo(
            List.of(
                Map.of("AttributeName", "stream", "KeyType", "HASH"),
                Map.of("AttributeName", "position", "KeyType", "RANGE")));
    assertThat(variables.get("GATEHOUSE_LEDGER_TABLE")).isEqualTo(Map.of("Ref", "LedgerTable"));
    assertThat(variables.get("GATEHOUSE_AUDIT_TABLE")).isEqualTo(Map.of("Ref", "AuditTable"));
  }

  @Test
  void brokenTemplate_failsEveryCheck() {
    TemplateChecks broken = new TemplateChecks(Templates.testTemplate("broken.yaml"));

    assertThat(broken.unresolvedReferences())
        .anySatisfy(p -> assertThat(p).contains("DependsOn: MissingLogGroup"))
        .anySatisfy(p -> assertThat(p).contains("GetAtt MissingRole"))
        .anySatisfy(p -> assertThat(p).contains("Sub ${MissingBucket}"))
        .anySatisfy(p -> assertThat(p).contains("Ref MissingParameter"))
        .hasSize(4);
    assertThat(broken.wildcardGrants()).singleElement().asString().startsWith("AdminRole");
    assertThat(broken.dependencyCycles()).singleElement().isEqualTo("Queue -> Topic -> Queue");
  }

  private Map<?, ?> properties(String resource) {
    return (Map<?, ?>) ((Map<?, ?>) template.resources().get(resource)).get("Properties");
  }
}
