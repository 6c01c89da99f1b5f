package io.gatehouse.testkit.okta;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/** A signed JWT (client assertion or DPoP proof), split and verified with the JDK alone. */
final class ClientAssertion {
  private static final Map<String, String> ALGORITHMS =
      Map.of(
          "RS256", "SHA256withRSA",
          "RS384", "SHA384withRSA",
          "RS512", "SHA512withRSA",
          "ES256", "SHA256withECDSAinP1363Format",
          "ES384", "SHA384withECDSAinP1363Format",
          "ES512", "SHA512withECDSAinP1363Format");

  final JsonNode header;
  final JsonNode claims;
  private final String signingInput;
  private final byte[] signature;

  private ClientAssertion(JsonNode header, JsonNode claims, String signingInput, byte[] signature) {
    this.header = header;
    this.claims = claims;
    this.signingInput = signingInput;
    this.signature = signature;
  }

  /** Splits a compact JWT; {@code invalid_client} when it is not one. */
  static ClientAssertion parse(String jwt) {
    String[] parts = jwt.split("\\.", -1);
    if (parts.length != 3) {
      throw OAuthError.invalidClient("The client_assertion token is malformed.");
    }
    try {
      Base64.Decoder decoder = Base64.getUrlDecoder();
      JsonNode header = OktaJson.MAPPER.readTree(decoder.decode(parts[0]));
      JsonNode claims = OktaJson.MAPPER.readTree(decoder.decode(parts[1]));
      return new ClientAssertion(
          header, claims, parts[0] + "." + parts[1], decoder.decode(parts[2]));
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw OAuthError.invalidClient("The client_assertion token is malformed.");
    }
  }

  /** Whether the signature was made by the private half of {@code key} with the header's alg. */
  boolean signedBy(PublicKey key) {
    String alg = header.path("alg").asText();
    String algorithm = ALGORITHMS.get(alg);
    boolean keyFits =
        alg.startsWith("RS") ? key instanceof RSAPublicKey : key instanceof ECPublicKey;
    if (algorithm == null || !keyFits) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(key);
      verifier.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  String claim(String name) {
    JsonNode value = claims.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** A numeric date claim, or null when absent or not a number. */
  Instant time(String name) {
    JsonNode value = claims.get(name);
    return value != null && value.isNumber() ? Instant.ofEpochSecond(value.asLong()) : null;
  }
}
