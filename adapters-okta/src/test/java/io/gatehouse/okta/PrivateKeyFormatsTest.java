package io.gatehouse.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.port.DirectoryException;
import io.gatehouse.core.port.IdentityDirectory;
import io.gatehouse.core.secret.SecretRef;
import io.gatehouse.testkit.keys.Keys;
import io.gatehouse.testkit.okta.OktaSimulator;
import java.net.URI;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Private keys in the forms secret stores hand out (BC-12), and keys that cannot be used. */
class PrivateKeyFormatsTest {
  private static final SecretRef KEY_REF = SecretRef.parse("aws:gatehouse/prod#oktaPrivateKey");
  private static final Set<String> SCOPES = Set.of("okta.users.read");
  private static final KeyPair RSA = Keys.rsa();
  private static final KeyPair EC = Keys.ec();

  private OktaSimulator okta;

  @BeforeEach
  void startOkta() {
    okta = OktaSimulator.start();
  }

  @AfterEach
  void stopOkta() {
    okta.close();
  }

  static Stream<Arguments> usableKeys() {
    Function<KeyPair, String> pkcs1 = Keys::pkcs1;
    Function<KeyPair, String> pkcs8 = Keys::pkcs8;
    Function<KeyPair, String> sec1 = Keys::sec1;
    return Stream.of(
        Arguments.of("RSA PKCS#1", RSA, pkcs1),
        Arguments.of("RSA PKCS#8", RSA, pkcs8),
        Arguments.of("EC SEC1", EC, sec1),
        Arguments.of("EC PKCS#8", EC, pkcs8),
        Arguments.of("RSA PKCS#8 with CRLF", RSA, pkcs8.andThen(Keys::withCrlf)),
        Arguments.of("RSA PKCS#1 with literal \\n", RSA, pkcs1.andThen(Keys::withLiteralNewlines)),
        Arguments.of("EC SEC1 with literal \\n", EC, sec1.andThen(Keys::withLiteralNewlines)),
        Arguments.of("RSA PKCS#8 with padding", RSA, pkcs8.andThen(pem -> "\n  " + pem + "  \n")),
        Arguments.of(
            "RSA PKCS#8 with CRLF and trailing spaces",
            RSA,
            pkcs8.andThen(pem -> pem.replace("\n", "  \r\n"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("usableKeys")
  void bc12_usableKeyInAnyPemFormAndLineEnding_getsATokenAndReadsUsers(
      String form, KeyPair keys, Function<KeyPair, String> pem) {
    okta.addOAuthClient("0oaKeys", keys.getPublic(), SCOPES);

    IdentityDirectory directory = directory(pem.apply(keys));

    assertThat(directory.findUser("nobody@example.com")).isEmpty();
  }

  @Test
  void bc12_encryptedKey_failsWhenTheDirectoryIsMade_namingTheSecretButNotItsContent() {
    String encrypted =
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkq\n"
            + "-----END ENCRYPTED PRIVATE KEY-----\n";

    assertUnusable(encrypted, "encrypted", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkq");
  }

  @Test
  void bc12_jwk_failsWhenTheDirectoryIsMade_askingForPem() {
    assertUnusable(
        "{\"kty\":\"RSA\",\"n\":\"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri\"}",
        "PEM",
        "sXchDaQeb");
  }

  @Test
  void keyForAnotherApp_failsNamingTheClientAndTheSecret() {
    okta.addOAuthClient("0oaKeys", Keys.rsa().getPublic(), SCOPES);

    assertThatThrownBy(() -> directory(Keys.pkcs8(RSA)).findUser("nobody@example.com"))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.retryable()).isFalse();
              assertThat(e.getMessage()).contains("0oaKeys").contains(KEY_REF.toString());
            });
  }

  private void assertUnusable(String value, String reason, String content) {
    okta.addOAuthClient("0oaKeys", RSA.getPublic(), SCOPES);

    assertThatThrownBy(() -> directory(value))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.retryable()).isFalse();
              assertThat(e.getMessage())
                  .contains(KEY_REF.toString())
                  .contains(reason)
                  .doesNotContain(content);
            });
  }

  private IdentityDirectory directory(String pem) {
    OktaSettings settings =
        new OktaSettings(
            URI.create(okta.baseUrl()),
            new OktaAuth.PrivateKey("0oaKeys", KEY_REF, Optional.empty(), SCOPES),
            Duration.ofSeconds(5),
            0);
    return OktaDirectories.create(settings, new MapSecretStore().put(KEY_REF, pem));
  }
}
