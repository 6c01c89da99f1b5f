package io.gatehouse.okta.internal;

import io.gatehouse.core.port.DirectoryException;
import io.gatehouse.core.secret.SecretRef;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Private keys as they arrive from secret stores, made into the PEM text the SDK parses: CRLF or
 * lone CR line ends, literal {@code \n} sequences from single-line variables, stray spaces and lost
 * line breaks are all repaired. PKCS#1 ({@code RSA PRIVATE KEY}), PKCS#8 ({@code PRIVATE KEY}) and
 * SEC1 ({@code EC PRIVATE KEY}) are accepted; anything else fails with a message that names the
 * secret reference and never its content.
 */
final class PemKeys {
  private static final Pattern PEM =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
  private static final Set<String> TYPES =
      Set.of("PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY");

  private PemKeys() {}

  static String normalise(String raw, SecretRef ref) {
    String text =
        raw.replace("\\r", "")
            .replace("\\n", "\n")
            .replace("\r\n", "\n")
            .replace('\r', '\n')
            .strip();
    if (text.startsWith("{")) {
      throw unusable(ref, "it holds JSON (a JWK?); provide the key as PEM");
    }
    Matcher pem = PEM.matcher(text);
    if (!pem.find()) {
      throw unusable(ref, "it is not a PEM private key (no BEGIN/END lines)");
    }
    String type = pem.group(1);
    if (type.equals("ENCRYPTED PRIVATE KEY")) {
      throw unusable(ref, "it is encrypted; provide an unencrypted PKCS#1, PKCS#8 or EC key");
    }
    if (!TYPES.contains(type)) {
      throw unusable(ref, "it holds a PEM " + type + ", not a private key");
    }

    byte[] der;
    try {
      der = Base64.getDecoder().decode(pem.group(2).replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw unusable(ref, "its PEM body is not base64");
    }
    if (type.equals("PRIVATE KEY") && !readablePkcs8(der)) {
      throw unusable(ref, "it is neither an RSA nor an EC key");
    }
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static boolean readablePkcs8(byte[] der) {
    for (String algorithm : new String[] {"RSA", "EC"}) {
      try {
        KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        return true;
      } catch (GeneralSecurityException e) {
        // try the next algorithm
      }
    }
    return false;
  }

  static DirectoryException unusable(SecretRef ref, String reason) {
    return new DirectoryException(
        "Okta private key from secret " + ref + " cannot be used: " + reason,
        DirectoryException.Kind.MISCONFIGURED,
        null);
  }
}
