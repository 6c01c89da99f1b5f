package io.gatehouse.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.ServiceDesk;
import io.gatehouse.core.request.RequestKey;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JiraModuleTest {
  private final JsmDeskFixture fixture = new JsmDeskFixture().open("ITS-1");

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void module_bindsOneServiceDesk_thatTalksToTheConfiguredSite() {
    JiraSettings settings =
        JiraSettings.of(
            URI.create(fixture.jsm.baseUrl()),
            "3",
            JsmDeskFixture.BOT_EMAIL,
            JsmDeskFixture.TOKEN_REF,
            "Resolve this issue");
    Injector injector =
        Guice.createInjector(
            new JiraModule(settings),
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(SecretStore.class).toInstance(fixture.secrets);
              }
            });

    ServiceDesk desk = injector.getInstance(ServiceDesk.class);

    assertThat(injector.getInstance(ServiceDesk.class)).isSameAs(desk);
    assertThat(desk.request(RequestKey.of("ITS-1"))).isPresent();
  }
}
