package io.gatehouse.lambda.support;

import io.gatehouse.lambda.ProvisioningHandler;
import io.gatehouse.lambda.config.LambdaSettings;
import io.gatehouse.lambda.config.SecretFields;
import io.gatehouse.lambda.wiring.Graphs;
import io.gatehouse.testkit.jsm.JsmAccount;
import io.gatehouse.testkit.jsm.JsmApproval;
import io.gatehouse.testkit.jsm.JsmApproval.Approver;
import io.gatehouse.testkit.jsm.JsmApproval.Decision;
import io.gatehouse.testkit.jsm.JsmField;
import io.gatehouse.testkit.jsm.JsmField.Option;
import io.gatehouse.testkit.jsm.JsmRequest;
import io.gatehouse.testkit.jsm.JsmSimulator;
import io.gatehouse.testkit.jsm.JsmStatus;
import io.gatehouse.testkit.jsm.JsmTransition;
import io.gatehouse.testkit.okta.GroupType;
import io.gatehouse.testkit.okta.OktaSimulator;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Both simulators on loopback with one service desk: {@value #APPROVED} approved for three groups,
 * {@value #PENDING} still waiting; the stand-in AWS ports; and the environment a provisioning
 * function would have.
 */
public final class World implements AutoCloseable {
  public static final String APPROVED = "ITS-101";
  public static final String PENDING = "ITS-103";
  public static final String SECRET_ID = "gatehouse/test";
  public static final String JIRA_TOKEN = "jira-t0ken-never-logged";
  public static final String OKTA_TOKEN = "okta-t0ken-never-logged";
  public static final List<String> GROUPS = List.of("okta-finance-ro", "vpn-users", "okta-eng");
  public static final JsmStatus OPEN = JsmStatus.open("Waiting for support");
  public static final JsmStatus RESOLVED = JsmStatus.done("Resolved");
  private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

  public final JsmSimulator jsm = JsmSimulator.start();
  public final OktaSimulator okta = OktaSimulator.start();
  public final LocalPorts ports = new LocalPorts();

  private World() {
    jsm.addAccount(JsmAccount.withToken("acc-bot", "Gatehouse", "bot@acme.example", JIRA_TOKEN))
        .addAccount(JsmAccount.customer("acc-dana", "Dana Lee", "dana@acme.example"))
        .addAccount(JsmAccount.customer("acc-riya", "Riya Patel", "riya@acme.example"))
        .addServiceDesk("3", "ITS")
        .addAgent("3", "acc-bot")
        .addRequestType("3", "25", "New employee")
        .setTransitions(OPEN, new JsmTransition("31", "Resolve this issue", RESOLVED));
    newHire(APPROVED, "sam.ortiz@acme.example", Decision.APPROVED);
    newHire(PENDING, "kim.lee@acme.example", Decision.PENDING);

    okta.addApiToken(OKTA_TOKEN);
    GROUPS.forEach(group -> okta.addGroup(group, GroupType.OKTA_GROUP));
    ports
        .secret(SecretFields.ref(SECRET_ID, SecretFields.JIRA_API_TOKEN), JIRA_TOKEN)
        .secret(SecretFields.ref(SECRET_ID, SecretFields.OKTA_API_TOKEN), OKTA_TOKEN);
  }

  public static World start() {
    return new World();
  }

  /** The environment of the provisioning function, pointed at the simulators. */
  public Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("AWS_REGION", "eu-west-1");
    env.put("GATEHOUSE_SECRET_ID", SECRET_ID);
    env.put("GATEHOUSE_LEDGER_TABLE", "gatehouse-ledger");
    env.put("GATEHOUSE_AUDIT_TABLE", "gatehouse-audit");
    env.put("GATEHOUSE_ECS_CLUSTER", "gatehouse");
    env.put("GATEHOUSE_ECS_TASK_DEFINITION", "gatehouse-atlantis");
    env.put("GATEHOUSE_ECS_SUBNETS", "subnet-0a1b2c3d4e5f60718,subnet-0a1b2c3d4e5f60719");
    env.put("GATEHOUSE_ECS_SECURITY_GROUPS", "sg-0a1b2c3d4e5f60718");
    env.put("GATEHOUSE_ECS_CONTAINER", "atlantis");
    env.put("GATEHOUSE_CONFIG", config());
    return env;
  }

  /** The configuration document, in the standalone runtime's format without its secrets. */
  public String config() {
    return """
        jira:
          baseUrl: %s
          serviceDeskId: "3"
          email: bot@acme.example
        okta:
          orgUrl: %s
        requestTypes:
          - id: "25"
            name: New employee
            action: onboard
            fields:
              email: customfield_10071
              firstName: customfield_10070
              lastName: customfield_10069
              groups: customfield_10073
            allowedGroups: [okta-finance-ro, vpn-users, okta-eng]
            allowedEmailDomains: [acme.example]
        """
        .formatted(jsm.baseUrl(), okta.baseUrl());
  }

  /** A provisioning handler as one Lambda container would build it, on the shared stand-ins. */
  public ProvisioningHandler worker() {
    return new ProvisioningHandler(Graphs.worker(LambdaSettings.worker(environment()), ports));
  }

  private void newHire(String key, String email, Decision decision) {
    String name = email.substring(0, email.indexOf('.'));
    jsm.addRequest(
        JsmRequest.builder(key)
            .desk("3")
            .type("25")
            .reporter("acc-dana")
            .created(MONDAY)
            .summary("Okta account for " + name)
            .field(JsmField.text("customfield_10070", "First name", name))
            .field(JsmField.text("customfield_10069", "Last name", "Tester"))
            .field(JsmField.text("customfield_10071", "Work e-mail", email))
            .field(
                JsmField.options(
                    "customfield_10073",
                    "Okta groups",
                    new Option("10420", GROUPS.get(0)),
                    new Option("10421", GROUPS.get(1)),
                    new Option("10422", GROUPS.get(2))))
            .build());
    jsm.addApproval(
        key,
        JsmApproval.of(
            "5" + key.substring(4),
            "Manager approval",
            decision,
            MONDAY.plusSeconds(3600),
            new Approver("acc-riya", decision)));
  }

  @Override
  public void close() {
    jsm.close();
    okta.close();
  }
}
