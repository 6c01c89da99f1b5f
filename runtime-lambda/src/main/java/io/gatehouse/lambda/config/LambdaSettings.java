package io.gatehouse.lambda.config;

import io.gatehouse.core.config.ConfigProblems;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads each function's settings from its environment once, at cold start. Every problem is
 * reported together in one {@link LambdaConfigException}, each with its variable or key.
 */
public final class LambdaSettings {
  private static final String REGION = "[a-z]{2}(-[a-z]+)+-[0-9]";
  private static final String FUNCTION =
      "(arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:)?"
          + "[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_$-]+)?";
  private static final String SECRET = "[A-Za-z0-9/_+=.@:-]{1,2048}";
  private static final String NAME = "[A-Za-z0-9_:/.-]{1,255}";

  private LambdaSettings() {}

  /** The automation function's settings. */
  public static AutomationSettings automation(Map<String, String> variables) {
    ConfigProblems problems = new ConfigProblems();
    Environment env = new Environment(variables, problems);
    String region = region(env);
    String worker =
        env.matching(
            "GATEHOUSE_WORKER_FUNCTION",
            "the provisioning function the run is handed to",
            FUNCTION,
            "use a function name or ARN");
    throwIfAny(problems);
    return new AutomationSettings(region, worker);
  }

  /** The provisioning function's settings, the configuration document included. */
  public static WorkerSettings worker(Map<String, String> variables) {
    ConfigProblems problems = new ConfigProblems();
    Environment env = new Environment(variables, problems);
    String region = region(env);
    String secretId = secretId(env);
    String ledgerTable = table(env, "GATEHOUSE_LEDGER_TABLE", "the DynamoDB table of the ledger");
    String auditTable =
        table(env, "GATEHOUSE_AUDIT_TABLE", "the DynamoDB table of the audit trail");
    if (!ledgerTable.isEmpty() && ledgerTable.equals(auditTable)) {
      problems.add("GATEHOUSE_AUDIT_TABLE", "must differ from GATEHOUSE_LEDGER_TABLE");
    }
    AtlantisSettings atlantis = atlantis(env);
    String document =
        env.required(ConfigDocument.VARIABLE, "the configuration document or file:PATH");
    Optional<ServiceSettings> services =
        document.isEmpty()
            ? Optional.empty()
            : new ConfigDocument(problems).read(document, secretId);
    throwIfAny(problems);
    return new WorkerSettings(
        region, secretId, ledgerTable, auditTable, services.orElseThrow(), atlantis);
  }

  /** The alert function's settings. */
  public static AlertSettings alert(Map<String, String> variables) {
    ConfigProblems problems = new ConfigProblems();
    Environment env = new Environment(variables, problems);
    String region = region(env);
    String secretId = secretId(env);
    throwIfAny(problems);
    return new AlertSettings(region, secretId);
  }

  private static void throwIfAny(ConfigProblems problems) {
    if (!problems.isEmpty()) {
      throw new LambdaConfigException(problems.list());
    }
  }

  private static String region(Environment env) {
    return env.matching("AWS_REGION", "set by Lambda", REGION, "use a region such as eu-west-1");
  }

  private static String secretId(Environment env) {
    return env.matching(
        "GATEHOUSE_SECRET_ID",
        "the Secrets Manager secret with the credentials",
        SECRET,
        "use the secret's name or ARN");
  }

  private static String table(Environment env, String variable, String meaning) {
    return env.matching(variable, meaning, "[A-Za-z0-9_.-]{3,255}", "use a DynamoDB table name");
  }

  private static AtlantisSettings atlantis(Environment env) {
    String cluster =
        env.matching("GATEHOUSE_ECS_CLUSTER", "the ECS cluster", NAME, "a name or ARN");
    String task =
        env.matching(
            "GATEHOUSE_ECS_TASK_DEFINITION", "the Atlantis task definition", NAME, "a name or ARN");
    List<String> subnets =
        env.list("GATEHOUSE_ECS_SUBNETS", "subnet ids", "subnet-[0-9a-f]{8,17}", "subnet-0abc...");
    List<String> groups =
        env.list(
            "GATEHOUSE_ECS_SECURITY_GROUPS",
            "security group ids",
            "sg-[0-9a-f]{8,17}",
            "sg-0abc...");
    String container =
        env.matching(
            "GATEHOUSE_ECS_CONTAINER",
            "the container the request is handed to",
            "[A-Za-z0-9_-]{1,255}",
            "a container name from the task definition");
    return new AtlantisSettings(cluster, task, subnets, groups, container);
  }
}
