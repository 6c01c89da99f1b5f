package io.gatehouse.aws.dynamodb;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a {@link Dynalite} server, started once per test run and stopped when the run ends.
 * Each test makes its own tables, so tests never see each other's items.
 */
public final class DynaliteExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Dynalite.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(DynaliteExtension.class))
        .getOrComputeIfAbsent("server", name -> new Server(Dynalite.start()), Server.class)
        .dynalite();
  }

  /** Stops the server when JUnit closes the root store at the end of the run. */
  private record Server(Dynalite dynalite) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      dynalite.close();
    }
  }
}
