package io.gatehouse.testkit.okta;

import com.okta.sdk.authc.credentials.TokenClientCredentials;
import com.okta.sdk.cache.Caches;
import com.okta.sdk.client.AuthorizationMode;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.client.ApiClient;
import java.util.Set;

/** okta-sdk-java clients pointed at a simulator, configured explicitly and without a cache. */
final class SdkClients {
  private SdkClients() {}

  static ApiClient apiToken(OktaSimulator okta, String token) {
    System.setProperty("okta.testing.disableHttpsCheck", "true");
    return Clients.builder()
        .setOrgUrl(okta.baseUrl())
        .setClientCredentials(new TokenClientCredentials(token))
        .setCacheManager(Caches.newDisabledCacheManager())
        .setConnectionTimeout(5)
        .setRetryMaxAttempts(0)
        .build();
  }

  static ApiClient privateKey(OktaSimulator okta, String clientId, String pem, Set<String> scopes) {
    System.setProperty("okta.testing.disableHttpsCheck", "true");
    return Clients.builder()
        .setOrgUrl(okta.baseUrl())
        .setAuthorizationMode(AuthorizationMode.PRIVATE_KEY)
        .setClientId(clientId)
        .setScopes(scopes)
        .setPrivateKey(pem)
        .setCacheManager(Caches.newDisabledCacheManager())
        .setConnectionTimeout(5)
        .setRetryMaxAttempts(0)
        .build();
  }
}
