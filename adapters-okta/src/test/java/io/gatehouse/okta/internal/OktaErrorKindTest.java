package io.gatehouse.okta.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Error answers classified from status, errorCode and errorCauses; the summary is never read. */
class OktaErrorKindTest {

  @Test
  void bc07_duplicateLogin_comesFromTheLoginCause() {
    List<String> causes =
        List.of("login: An object with this field already exists in the current organization");

    assertThat(OktaErrorKind.of(400, "E0000001", causes)).isEqualTo(OktaErrorKind.DUPLICATE_LOGIN);
  }

  @Test
  void bc13_passwordPolicy_comesFromThePasswordCause_andIsNotADuplicateLogin() {
    List<String> causes = List.of("password: Password requirements were not met.");

    assertThat(OktaErrorKind.of(400, "E0000001", causes)).isEqualTo(OktaErrorKind.PASSWORD_POLICY);
  }

  @Test
  void validationWithoutAKnownCause_isValidation() {
    assertThat(OktaErrorKind.of(400, "E0000001", List.of("email: Does not match")))
        .isEqualTo(OktaErrorKind.VALIDATION);
    assertThat(OktaErrorKind.of(400, "E0000001", List.of())).isEqualTo(OktaErrorKind.VALIDATION);
  }

  @Test
  void statusCodes_mapToTheirKinds() {
    assertThat(OktaErrorKind.of(401, "E0000011", List.of())).isEqualTo(OktaErrorKind.INVALID_TOKEN);
    assertThat(OktaErrorKind.of(403, "E0000006", List.of())).isEqualTo(OktaErrorKind.FORBIDDEN);
    assertThat(OktaErrorKind.of(403, "E0000038", List.of()))
        .isEqualTo(OktaErrorKind.NOT_ALLOWED_IN_STATUS);
    assertThat(OktaErrorKind.of(404, "E0000007", List.of())).isEqualTo(OktaErrorKind.NOT_FOUND);
    assertThat(OktaErrorKind.of(429, "E0000047", List.of())).isEqualTo(OktaErrorKind.RATE_LIMITED);
    assertThat(OktaErrorKind.of(503, "E0000009", List.of())).isEqualTo(OktaErrorKind.SERVER_ERROR);
    assertThat(OktaErrorKind.of(0, "", List.of())).isEqualTo(OktaErrorKind.NO_ANSWER);
  }
}
