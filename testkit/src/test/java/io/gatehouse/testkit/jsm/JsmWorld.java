package io.gatehouse.testkit.jsm;

import io.gatehouse.testkit.jsm.JsmApproval.Approver;
import io.gatehouse.testkit.jsm.JsmApproval.Decision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** A small seeded desk and an HTTP client that calls the simulator as a given account. */
final class JsmWorld {
  static final String AGENT = "acc-agent";
  static final String AGENT_EMAIL = "gatehouse@example.com";
  static final String AGENT_TOKEN = "agent-token-FAKE";
  static final String DANA = "acc-dana";
  static final String DANA_TOKEN = "dana-token-FAKE";
  static final String RIYA = "acc-riya";
  static final Instant T0 = Instant.parse("2025-05-12T09:14:03Z");
  static final JsmStatus WAITING = JsmStatus.open("Waiting for support");
  static final JsmStatus RESOLVED = JsmStatus.done("Resolved");

  private final HttpClient http = HttpClient.newHttpClient();
  final JsmSimulator jsm;

  JsmWorld(JsmSimulator jsm) {
    this.jsm = jsm;
    jsm.addAccount(JsmAccount.withToken(AGENT, "Gatehouse", AGENT_EMAIL, AGENT_TOKEN))
        .addAccount(JsmAccount.withToken(DANA, "Dana Lee", "dana@example.com", DANA_TOKEN))
        .addAccount(JsmAccount.customer(RIYA, "Riya Patel", null))
        .addServiceDesk("3", "ITS")
        .addAgent("3", AGENT)
        .addRequestType("3", "25", "New Okta account")
        .setTransitions(
            WAITING,
            new JsmTransition("31", "Resolve this issue", RESOLVED),
            new JsmTransition("41", "Pending", JsmStatus.open("Pending")));
  }

  /** A request by Dana with a field of every shape. */
  JsmWorld requestWithEveryShape(String key) {
    jsm.addRequest(
        JsmRequest.builder(key)
            .desk("3")
            .type("25")
            .reporter(DANA)
            .created(T0)
            .summary("Okta account for new hire")
            .field(JsmField.text("customfield_10071", "Work email", "sam.ortiz@example.com"))
            .field(
                JsmField.option(
                    "customfield_10072", "Department", new JsmField.Option("10410", "Finance")))
            .field(
                JsmField.options(
                    "customfield_10073",
                    "Access groups",
                    new JsmField.Option("10420", "okta-finance-ro"),
                    new JsmField.Option("10421", "vpn-users")))
            .field(JsmField.user("customfield_10074", "Manager", RIYA))
            .field(JsmField.users("customfield_10075", "Buddies", RIYA, DANA))
            .field(JsmField.text("customfield_10076", "Start date", "2025-06-02"))
            .field(JsmField.number("customfield_10077", "Laptops", new BigDecimal("2")))
            .field(JsmField.nullValue("customfield_10078", "End date"))
            .field(JsmField.emptyList("customfield_10079", "Extra groups"))
            .field(JsmField.text("customfield_10080", "Okta group", "app-secret").asHidden())
            .build());
    return this;
  }

  JsmWorld openRequest(String key, String reporter) {
    jsm.addRequest(
        JsmRequest.builder(key).desk("3").type("25").reporter(reporter).summary(key).build());
    return this;
  }

  JsmWorld approvals(String key) {
    jsm.addApproval(
        key,
        JsmApproval.of(
            "11",
            "Manager approval",
            Decision.APPROVED,
            T0,
            new Approver(RIYA, Decision.APPROVED)));
    jsm.addApproval(
        key,
        JsmApproval.of(
            "12",
            "Security approval",
            Decision.PENDING,
            T0,
            new Approver(RIYA, Decision.APPROVED),
            new Approver(AGENT, Decision.PENDING)));
    return this;
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET(), AGENT_EMAIL, AGENT_TOKEN);
  }

  HttpResponse<String> getAs(String pathAndQuery, String email, String token) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET(), email, token);
  }

  HttpResponse<String> post(String path, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        AGENT_EMAIL,
        AGENT_TOKEN);
  }

  HttpResponse<String> put(String path, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)),
        AGENT_EMAIL,
        AGENT_TOKEN);
  }

  HttpResponse<String> delete(String path) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE(), AGENT_EMAIL, AGENT_TOKEN);
  }

  HttpResponse<String> send(HttpRequest.Builder request, String email, String token) {
    if (email != null) {
      String pair = email + ":" + token;
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String pathAndQuery) {
    return URI.create(jsm.baseUrl() + pathAndQuery);
  }
}
