package io.gatehouse.okta;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.port.SecretStore;
import java.util.Objects;

/**
 * Binds {@link IdentityDirectory} to Okta as a singleton. {@link SecretStore} must be bound by
 * another module.
 */
public final class OktaModule extends AbstractModule {
  private final OktaSettings settings;

  public OktaModule(OktaSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Provides
  @Singleton
  IdentityDirectory identityDirectory(SecretStore secrets) {
    return OktaDirectories.create(settings, secrets);
  }
}
