package io.gatehouse.lambda.wiring;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import io.gatehouse.lambda.config.AutomationSettings;
import io.gatehouse.lambda.config.WorkerSettings;

/**
 * Builds each function's object graph, once per container. Guice runs in the production stage, so
 * every singleton is made during the init phase, where Lambda gives the most CPU and SnapStart
 * would snapshot it, rather than during the first invocation. Nothing scans the class path.
 */
public final class Graphs {
  private Graphs() {}

  /** The automation function's graph. */
  public static Injector automation(AutomationSettings settings, Module awsClients) {
    return Guice.createInjector(Stage.PRODUCTION, new AutomationModule(settings), awsClients);
  }

  /** The provisioning function's graph, with the ports of adapters-aws or their stand-ins. */
  public static Injector worker(WorkerSettings settings, Module ports) {
    return Guice.createInjector(Stage.PRODUCTION, new WorkerModule(settings), ports);
  }

  /** The alert function's graph: a notifier from the ports module. */
  public static Injector alert(Module ports) {
    return Guice.createInjector(Stage.PRODUCTION, ports);
  }
}
