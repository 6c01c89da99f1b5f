package io.gatehouse.aws.secrets;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores PEM blocks whose line breaks were lost on the way into Secrets Manager: pasted into the
 * console (line breaks become spaces) or escaped twice in JSON (a literal backslash and {@code n}).
 * The base64 body is rewrapped at 64 columns between its own header and footer lines.
 */
final class PemText {
  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
  private static final int WIDTH = 64;

  private PemText() {}

  static boolean looksLikePem(String value) {
    return value.contains("-----BEGIN ");
  }

  /**
   * The PEM text with each block on proper lines and one line break at the end; empty when the
   * value holds no complete block or a body that is not base64.
   */
  static Optional<String> normalise(String value) {
    Matcher block = BLOCK.matcher(value);
    StringBuilder out = new StringBuilder();
    while (block.find()) {
      String label = block.group(1);
      String body = block.group(2).replace("\\n", "").replace("\\r", "").replaceAll("\\s+", "");
      if (!BASE64.matcher(body).matches() || !decodes(body)) {
        return Optional.empty();
      }

      out.append("-----BEGIN ").append(label).append("-----\n");
      for (int start = 0; start < body.length(); start += WIDTH) {
        out.append(body, start, Math.min(body.length(), start + WIDTH)).append('\n');
      }
      out.append("-----END ").append(label).append("-----\n");
    }
    return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
  }

  private static boolean decodes(String body) {
    try {
      Base64.getDecoder().decode(body);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
