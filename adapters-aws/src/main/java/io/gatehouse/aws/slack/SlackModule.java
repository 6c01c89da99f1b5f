package io.gatehouse.aws.slack;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.gatehouse.core.port.Notifier;
import io.gatehouse.core.port.SecretStore;
import java.util.Objects;

/**
 * Binds {@link Notifier} to a Slack incoming webhook, as a singleton. Expects a {@link SecretStore}
 * bound by another module, from which the webhook URL is read.
 */
public final class SlackModule extends AbstractModule {
  private final SlackSettings settings;

  public SlackModule(SlackSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Provides
  @Singleton
  Notifier notifier(SecretStore secrets) {
    return SlackNotifiers.create(settings, secrets);
  }
}
