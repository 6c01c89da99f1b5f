package io.gatehouse.okta;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.directory.CreateUserResult;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.okta.internal.OktaIdentityDirectory;
import io.gatehouse.testkit.okta.OktaOpenApi;
import io.gatehouse.testkit.okta.OktaSimulator;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A simulator, a directory on an API token that retries up to three times and waits through a
 * {@link RecordingSleeper}, and the check of every exchange against Okta's description.
 */
abstract class OktaTestBase {
  private static Optional<OktaOpenApi> description;

  OktaSimulator okta;
  RecordingSleeper sleeper;
  IdentityDirectory directory;

  @BeforeAll
  static void loadDescription() {
    if (description == null) {
      description = OktaOpenApi.load();
    }
  }

  @BeforeEach
  void connectToOkta() {
    okta = OktaSimulator.start().addApiToken(ApiTokenDirectoryTest.TOKEN);
    sleeper = new RecordingSleeper();
    directory =
        new OktaIdentityDirectory(
            ApiTokenDirectoryTest.settings(okta, 3),
            new MapSecretStore().put(ApiTokenDirectoryTest.TOKEN_REF, ApiTokenDirectoryTest.TOKEN),
            sleeper.pacing());
  }

  @AfterEach
  void checkExchangesAndStop() {
    try {
      description.ifPresent(
          spec -> assertThat(okta.requests()).flatMap(spec::violations).isEmpty());
    } finally {
      okta.close();
    }
  }

  DirectoryUser existing(String login) {
    return directory.findUser(login).orElseThrow();
  }

  DirectoryUser created(String localPart) {
    CreateUserResult result =
        directory.createUser(
            IdentityDirectoryContract.newUser(localPart),
            Optional.of(IdentityDirectoryContract.PASSWORD));
    return ((CreateUserResult.Created) result).user();
  }
}
