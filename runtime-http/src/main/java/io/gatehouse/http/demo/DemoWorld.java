package io.gatehouse.http.demo;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;
import io.gatehouse.core.engine.ProcessApprovedRequests;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.http.config.ConfigLoader;
import io.gatehouse.http.config.GatehouseConfig;
import io.gatehouse.http.wiring.GatehouseModule;
import io.gatehouse.testkit.jsm.JsmSimulator;
import io.gatehouse.testkit.keys.Keys;
import io.gatehouse.testkit.okta.OktaSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Both simulators on loopback, seeded with the demo desk, and a configuration file in a fresh
 * folder that points Gatehouse at them. The credentials are random, kept in files the configuration
 * refers to, and Okta is reached as an OAuth 2.0 service app with a private key.
 */
public final class DemoWorld implements AutoCloseable {
  static final String CLIENT_ID = "0oagatehousedemo";
  private static final Set<String> SCOPES =
      Set.of("okta.users.read", "okta.users.manage", "okta.groups.read", "okta.groups.manage");

  private final JsmSimulator jsm;
  private final OktaSimulator okta;
  private final Path folder;
  private final Path configFile;
  private final DemoAlerts alerts = new DemoAlerts();

  private DemoWorld(JsmSimulator jsm, OktaSimulator okta, Path folder, Path configFile) {
    this.jsm = jsm;
    this.okta = okta;
    this.folder = folder;
    this.configFile = configFile;
  }

  /** How the world's Gatehouse signs in to Okta and hands out first credentials. */
  public record Setup(boolean oktaOAuth, String credentialDelivery) {
    /** What the demo uses: an OAuth service app, and temporary passwords. */
    public static Setup demo() {
      return new Setup(true, "temporary-password");
    }
  }

  /** Starts and seeds both simulators and writes the demo's configuration. */
  public static DemoWorld start() {
    return start(Setup.demo());
  }

  /** Starts and seeds both simulators and writes a configuration for the given setup. */
  public static DemoWorld start(Setup setup) {
    JsmSimulator jsm = JsmSimulator.start();
    OktaSimulator okta = OktaSimulator.start();
    try {
      Path folder = Files.createTempDirectory("gatehouse-demo-");
      String jiraToken = randomToken();
      DemoDesk.seed(jsm, jiraToken);
      DemoDesk.seed(okta);
      writeSecret(folder.resolve("jira-token"), jiraToken);
      String oktaAuth;
      if (setup.oktaOAuth()) {
        KeyPair key = Keys.rsa();
        okta.addOAuthClient(CLIENT_ID, key.getPublic(), SCOPES);
        writeSecret(folder.resolve("okta-key.pem"), Keys.pkcs8(key));
        oktaAuth = "  oauth:\n    clientId: " + CLIENT_ID + "\n    privateKey: file:okta-key.pem\n";
      } else {
        String oktaToken = randomToken();
        okta.addApiToken(oktaToken);
        writeSecret(folder.resolve("okta-token"), oktaToken);
        oktaAuth = "  apiToken: file:okta-token\n";
      }
      Path config = folder.resolve("gatehouse.yaml");
      Files.writeString(
          config,
          configYaml(jsm.baseUrl(), okta.baseUrl(), oktaAuth)
              + DemoDesk.requestTypesYaml(setup.credentialDelivery()));
      return new DemoWorld(jsm, okta, folder, config);
    } catch (IOException e) {
      jsm.close();
      okta.close();
      throw new UncheckedIOException("could not write the demo's configuration", e);
    }
  }

  /**
   * The main job, wired from the configuration file exactly as {@code run} wires it, but for its
   * alerts, which go to {@link #alerts()} instead of the log.
   */
  public ProcessApprovedRequests job() {
    GatehouseConfig config = new ConfigLoader().load(configFile);
    Injector injector =
        Guice.createInjector(
            Modules.override(new GatehouseModule(config, folder))
                .with(binder -> binder.bind(Notifier.class).toInstance(alerts)));
    return injector.getInstance(ProcessApprovedRequests.class);
  }

  /**
   * Adds a webhook server to the configuration, on 127.0.0.1 and a port the system picks, with a
   * random API key in a file beside it.
   *
   * @return the file holding the API key
   */
  public Path addWebhook() {
    Path keyFile = folder.resolve("webhook-key");
    try {
      writeSecret(keyFile, randomToken());
      Files.writeString(
          configFile,
          """
          server:
            host: 127.0.0.1
            port: 0
            path: /webhook
            apiKey: file:webhook-key
          """,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("could not add the webhook to the demo's configuration", e);
    }
    return keyFile;
  }

  /** The alerts the jobs of this world raised. */
  public DemoAlerts alerts() {
    return alerts;
  }

  public JsmSimulator jsm() {
    return jsm;
  }

  public OktaSimulator okta() {
    return okta;
  }

  public Path configFile() {
    return configFile;
  }

  @Override
  public void close() {
    jsm.close();
    okta.close();
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // The folder is under the system's temporary directory; what is left there is harmless.
    }
  }

  private static String configYaml(String jiraUrl, String oktaUrl, String oktaAuth) {
    return """
        jira:
          baseUrl: %s
          serviceDeskId: "%s"
          email: %s
          apiToken: file:jira-token
          resolveTransition: %s
        okta:
          orgUrl: %s
        %sstorage:
          database: gatehouse.db
        """
        .formatted(
            jiraUrl, DemoDesk.DESK, DemoDesk.AGENT_EMAIL, DemoDesk.RESOLVE, oktaUrl, oktaAuth);
  }

  private static void writeSecret(Path file, String value) throws IOException {
    Files.writeString(file, value);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system; the folder is private to this run anyway.
    }
  }

  private static String randomToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
