package io.gatehouse.testkit.okta;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * DPoP proofs (RFC 9449) as Okta checks them: on the token endpoint with a server nonce, and on API
 * calls bound to the token's key with {@code ath}.
 */
final class DpopProofs {
  private static final Duration MAX_AGE = Duration.ofMinutes(5);

  private final OktaState state;
  private final String nonce;

  DpopProofs(OktaState state) {
    this.state = state;
    this.nonce = state.newToken(24);
  }

  /** Verifies the proof of a token request and answers the thumbprint of its key. */
  String verifyTokenRequest(Map<String, String> headers, String tokenUrl) {
    String proof = headers.get("dpop");
    if (proof == null) {
      throw new OAuthError(400, "invalid_dpop_proof", "The DPoP proof JWT header is missing.");
    }
    ClientAssertion jwt = parse(proof);
    PublicKey key = checked(jwt, "POST", tokenUrl);
    if (!nonce.equals(jwt.claim("nonce"))) {
      throw new OAuthError(
          400,
          "use_dpop_nonce",
          "Authorization server requires nonce in DPoP proof.",
          Map.of("DPoP-Nonce", nonce));
    }
    return thumbprint(jwt.header.path("jwk"), key);
  }

  /** Fails with 401 E0000011 unless the call carries a fresh proof for this token and URL. */
  /**
   * Marks a proof's {@code jti} as used without checking it, as Okta does for a call it turns away
   * (a 429): a client that sends the same proof again is refused.
   */
  void consume(String proof) {
    if (proof == null) {
      return;
    }
    try {
      String jti = ClientAssertion.parse(proof).claim("jti");
      if (jti != null) {
        state.usedAssertionIds.add("dpop/" + jti);
      }
    } catch (OAuthError malformed) {
      // nothing to remember of a malformed proof
    }
  }

  void verifyApiCall(String proof, String method, String url, String accessToken, String jkt) {
    if (proof == null) {
      throw OktaError.invalidToken();
    }
    try {
      ClientAssertion jwt = parse(proof);
      PublicKey key = checked(jwt, method, url);
      String ath = base64(sha256(accessToken.getBytes(StandardCharsets.US_ASCII)));
      if (!ath.equals(jwt.claim("ath")) || !jkt.equals(thumbprint(jwt.header.path("jwk"), key))) {
        throw OktaError.invalidToken();
      }
    } catch (OAuthError e) {
      throw OktaError.invalidToken();
    }
  }

  private ClientAssertion parse(String proof) {
    try {
      return ClientAssertion.parse(proof);
    } catch (OAuthError e) {
      throw invalid("The DPoP proof JWT is malformed.");
    }
  }

  private PublicKey checked(ClientAssertion jwt, String method, String url) {
    if (!"dpop+jwt".equals(jwt.header.path("typ").asText())) {
      throw invalid("The DPoP proof JWT has an invalid typ.");
    }
    PublicKey key = publicKey(jwt.header.path("jwk"));
    if (!jwt.signedBy(key)) {
      throw invalid("The DPoP proof JWT signature is invalid.");
    }
    if (!method.equals(jwt.claim("htm")) || !url.equals(jwt.claim("htu"))) {
      throw invalid("The 'htm' or 'htu' claim in the DPoP proof JWT is invalid.");
    }
    Instant issued = jwt.time("iat");
    Instant now = state.now();
    if (issued == null
        || issued.isBefore(now.minus(MAX_AGE))
        || issued.isAfter(now.plus(MAX_AGE))) {
      throw invalid("The DPoP proof JWT 'iat' claim is invalid.");
    }
    String jti = jwt.claim("jti");
    if (jti == null || !state.usedAssertionIds.add("dpop/" + jti)) {
      throw invalid("The DPoP proof JWT has already been used.");
    }
    return key;
  }

  private static PublicKey publicKey(JsonNode jwk) {
    try {
      if ("EC".equals(jwk.path("kty").asText()) && "P-256".equals(jwk.path("crv").asText())) {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECPoint point = new ECPoint(number(jwk, "x"), number(jwk, "y"));
        ECPublicKeySpec spec =
            new ECPublicKeySpec(point, parameters.getParameterSpec(ECParameterSpec.class));
        return KeyFactory.getInstance("EC").generatePublic(spec);
      }
      if ("RSA".equals(jwk.path("kty").asText())) {
        RSAPublicKeySpec spec = new RSAPublicKeySpec(number(jwk, "n"), number(jwk, "e"));
        return KeyFactory.getInstance("RSA").generatePublic(spec);
      }
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw invalid("The DPoP proof JWT 'jwk' is invalid.");
    }
    throw invalid("The DPoP proof JWT 'jwk' is invalid.");
  }

  private static String thumbprint(JsonNode jwk, PublicKey key) {
    String canonical =
        "EC".equals(jwk.path("kty").asText())
            ? "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"%s\",\"y\":\"%s\"}"
                .formatted(jwk.path("x").asText(), jwk.path("y").asText())
            : "{\"e\":\"%s\",\"kty\":\"RSA\",\"n\":\"%s\"}"
                .formatted(jwk.path("e").asText(), jwk.path("n").asText());
    return base64(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
  }

  private static BigInteger number(JsonNode jwk, String field) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path(field).asText()));
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private static String base64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static OAuthError invalid(String description) {
    return new OAuthError(400, "invalid_dpop_proof", description);
  }
}
