package io.gatehouse.aws.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a request carries a valid AWS Signature Version 4 made with the test credentials for
 * the expected service and region, recomputing the signature from the request as received.
 */
public final class SigV4Check {
  public static final String ACCESS_KEY = "AKIDGATEHOUSETEST";
  public static final String SECRET_KEY = "gatehouse-test-secret-key-not-a-real-one";
  public static final String REGION = "eu-west-1";

  private static final Pattern AUTHORIZATION =
      Pattern.compile(
          "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request,"
              + " ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})");

  private SigV4Check() {}

  /** What is wrong with the request's signature, or empty when it is valid. */
  public static Optional<String> problem(RecordedRequest request, String service) {
    String authorization = request.header("authorization");
    String amzDate = request.header("x-amz-date");
    if (authorization == null) {
      return Optional.of("no Authorization header");
    }
    if (amzDate == null || !amzDate.matches("\\d{8}T\\d{6}Z")) {
      return Optional.of("no X-Amz-Date header");
    }
    Matcher parts = AUTHORIZATION.matcher(authorization);
    if (!parts.matches()) {
      return Optional.of("Authorization is not AWS4-HMAC-SHA256: " + authorization);
    }
    String scope = parts.group(2) + "/" + parts.group(3) + "/" + parts.group(4) + "/aws4_request";
    if (!parts.group(1).equals(ACCESS_KEY)) {
      return Optional.of("signed with access key " + parts.group(1));
    }
    if (!parts.group(3).equals(REGION) || !parts.group(4).equals(service)) {
      return Optional.of("credential scope is " + scope + ", expected " + REGION + "/" + service);
    }
    if (!amzDate.startsWith(parts.group(2))) {
      return Optional.of("X-Amz-Date " + amzDate + " is not the scope's date " + parts.group(2));
    }

    String canonical = canonicalRequest(request, parts.group(5));
    String toSign =
        "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + hex(sha256(bytes(canonical)));
    byte[] key = hmac(bytes("AWS4" + SECRET_KEY), parts.group(2));
    key = hmac(key, REGION);
    key = hmac(key, service);
    key = hmac(key, "aws4_request");
    String expected = hex(hmac(key, toSign));

    return expected.equals(parts.group(6))
        ? Optional.empty()
        : Optional.of("signature does not match the request as received");
  }

  private static String canonicalRequest(RecordedRequest request, String signedHeaders) {
    StringBuilder headers = new StringBuilder();
    for (String name : signedHeaders.split(";")) {
      List<String> values = request.headers().getOrDefault(name, List.of());
      List<String> trimmed = new ArrayList<>();
      values.forEach(value -> trimmed.add(value.trim().replaceAll(" +", " ")));
      headers.append(name).append(':').append(String.join(",", trimmed)).append('\n');
    }
    String payloadHash = request.header("x-amz-content-sha256");
    if (payloadHash == null || payloadHash.startsWith("UNSIGNED")) {
      payloadHash = hex(sha256(request.body()));
    }
    return request.method()
        + "\n"
        + (request.rawPath().isEmpty() ? "/" : request.rawPath())
        + "\n"
        + canonicalQuery(request.rawQuery())
        + "\n"
        + headers
        + "\n"
        + signedHeaders
        + "\n"
        + payloadHash;
  }

  private static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    String[] pairs = rawQuery.split("&");
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] = pairs[i].contains("=") ? pairs[i] : pairs[i] + "=";
    }
    Arrays.sort(pairs);
    return String.join("&", pairs);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(bytes(data));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] data) {
    return HexFormat.of().formatHex(data);
  }
}
