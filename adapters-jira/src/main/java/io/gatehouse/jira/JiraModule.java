package io.gatehouse.jira;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.ServiceDesk;
import java.util.Objects;

/**
 * Binds {@link ServiceDesk} to Jira Service Management Cloud with the given settings, as a
 * singleton. Expects a {@link SecretStore} bound by another module.
 */
public final class JiraModule extends AbstractModule {
  private final JiraSettings settings;

  public JiraModule(JiraSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  protected void configure() {
    bind(JiraSettings.class).toInstance(settings);
  }

  @Provides
  @Singleton
  ServiceDesk serviceDesk(JiraSettings settings, SecretStore secrets) {
    return JiraServiceDesks.create(settings, secrets);
  }
}
