package io.gatehouse.http.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.SecretUnavailableException;
import io.gatehouse.http.config.ConfigException;
import io.gatehouse.http.config.ConfigLoader;
import io.gatehouse.http.config.GatehouseConfig;
import io.gatehouse.http.wiring.GatehouseModule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code run}, {@code plan} and {@code serve} do before anything else: load and validate the
 * configuration, wire the object graph, and read once every secret the command uses, so that a
 * variable not set or a file missing is reported at start-up with its key, together with every
 * other such problem. Only {@code serve} uses the webhook's API key.
 */
final class Startup {
  private Startup() {}

  record Started(GatehouseConfig config, Injector injector) {}

  static Started start(Path configFile) {
    return start(configFile, false);
  }

  static Started start(Path configFile, boolean serving) {
    GatehouseConfig config = new ConfigLoader().load(configFile);
    Injector injector =
        Guice.createInjector(new GatehouseModule(config, configFile.toAbsolutePath().getParent()));

    SecretStore secrets = injector.getInstance(SecretStore.class);
    List<String> problems = new ArrayList<>();
    config
        .secretReferences()
        .forEach(
            (key, ref) -> {
              if (!serving && key.startsWith("server.")) {
                return;
              }
              try {
                secrets.read(ref);
              } catch (SecretUnavailableException e) {
                problems.add(key + ": " + e.getMessage());
              }
            });
    if (!problems.isEmpty()) {
      throw new ConfigException(configFile.toString(), problems);
    }
    return new Started(config, injector);
  }
}
