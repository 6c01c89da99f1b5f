package io.gatehouse.testkit.okta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code POST /oauth2/v1/token}: client credentials with a private_key_jwt client assertion, as the
 * org authorization server answers it.
 */
final class TokenEndpoint {
  static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
  private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private final OktaState state;
  private final DpopProofs dpop;

  TokenEndpoint(OktaState state, DpopProofs dpop) {
    this.state = state;
    this.dpop = dpop;
  }

  Reply token(String baseUrl, Map<String, String> headers, byte[] body) {
    Map<String, String> form = QueryString.parse(new String(body, StandardCharsets.UTF_8));
    if (!"client_credentials".equals(form.get("grant_type"))) {
      throw new OAuthError(
          400, "unsupported_grant_type", "The authorization grant type is not supported.");
    }
    if (!JWT_BEARER.equals(form.get("client_assertion_type"))
        || form.get("client_assertion") == null) {
      throw OAuthError.invalidClient("The client authentication is invalid (private_key_jwt).");
    }

    String tokenUrl = baseUrl + "/oauth2/v1/token";
    ClientAssertion assertion = ClientAssertion.parse(form.get("client_assertion"));
    OktaState.OAuthClient client = authenticate(assertion, tokenUrl, form.get("client_id"));
    Set<String> scopes = grantedScopes(client, form.get("scope"));
    String jkt = client.dpopRequired() ? dpop.verifyTokenRequest(headers, tokenUrl) : null;

    String accessToken = state.newToken(40);
    Instant expiresAt = state.now().plus(TOKEN_LIFETIME);
    state.accessTokens.put(
        accessToken, new OktaState.AccessToken(client.clientId(), scopes, expiresAt, jkt));
    ObjectNode answer = OktaJson.MAPPER.createObjectNode();
    answer.put("token_type", jkt == null ? "Bearer" : "DPoP");
    answer.put("expires_in", TOKEN_LIFETIME.toSeconds());
    answer.put("access_token", accessToken);
    answer.put("scope", String.join(" ", new TreeSet<>(scopes)));
    return Reply.json(answer);
  }

  private OktaState.OAuthClient authenticate(
      ClientAssertion assertion, String tokenUrl, String formClientId) {
    String issuer = assertion.claim("iss");
    OktaState.OAuthClient client = issuer == null ? null : state.clients.get(issuer);
    if (client == null) {
      throw OAuthError.invalidClient("The client_assertion token has an invalid issuer.");
    }
    if (!issuer.equals(assertion.claim("sub"))
        || (formClientId != null && !formClientId.equals(issuer))) {
      throw OAuthError.invalidClient("The client_assertion token has an invalid subject.");
    }
    if (!audienceIs(assertion.claims.get("aud"), tokenUrl)) {
      throw OAuthError.invalidClient(
          "The audience claim for client_assertion must be the endpoint invoked for the request.");
    }
    Instant now = state.now();
    Instant expires = assertion.time("exp");
    if (expires == null || !expires.isAfter(now)) {
      throw OAuthError.invalidClient("The client_assertion token is expired.");
    }
    if (expires.isAfter(now.plus(TOKEN_LIFETIME).plusSeconds(5))) {
      throw OAuthError.invalidClient(
          "The client_assertion token has an expiration too far in the future.");
    }
    if (!assertion.signedBy(client.publicKey())) {
      throw OAuthError.invalidClient("The client_assertion signature is invalid.");
    }
    String jti = assertion.claim("jti");
    if (jti == null || !state.usedAssertionIds.add(client.clientId() + "/" + jti)) {
      throw OAuthError.invalidClient("The client_assertion token has already been used.");
    }
    return client;
  }

  /** A string, or a one-element array (as jjwt writes it), equal to the token URL exactly. */
  private static boolean audienceIs(JsonNode audience, String tokenUrl) {
    if (audience != null && audience.isArray() && audience.size() == 1) {
      audience = audience.get(0);
    }
    return audience != null && audience.isTextual() && audience.asText().equals(tokenUrl);
  }

  private static Set<String> grantedScopes(OktaState.OAuthClient client, String requested) {
    if (requested == null || requested.isBlank()) {
      throw new OAuthError(400, "invalid_scope", "No scopes were requested.");
    }
    Set<String> scopes = new LinkedHashSet<>(Arrays.asList(requested.trim().split("[\\s,]+")));
    Set<String> refused = new TreeSet<>(scopes);
    refused.removeAll(client.scopes());
    if (!refused.isEmpty()) {
      throw new OAuthError(
          400,
          "invalid_scope",
          "The following scopes are not allowed: " + String.join(", ", refused));
    }
    return scopes;
  }
}
