package io.gatehouse.testkit.keys;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.InvalidAlgorithmParameterException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;

/** Keys made for one test run, written as PEM in the forms secret stores hand out. */
public final class Keys {
  private static final byte[] PRIME256V1 = {
    0x06, 0x08, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x03, 0x01, 0x07
  };

  private Keys() {}

  public static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static KeyPair ec() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code BEGIN PRIVATE KEY}: what the Okta Admin Console produces. */
  public static String pkcs8(KeyPair pair) {
    return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
  }

  /** {@code BEGIN RSA PRIVATE KEY}: the inner key of the PKCS#8 structure. */
  public static String pkcs1(KeyPair rsa) {
    return pem("RSA PRIVATE KEY", innerKey(rsa.getPrivate().getEncoded()));
  }

  /** {@code BEGIN EC PRIVATE KEY} (SEC1) with the curve and the public point, as OpenSSL writes. */
  public static String sec1(KeyPair ec) {
    ECPrivateKey privateKey = (ECPrivateKey) ec.getPrivate();
    ECPublicKey publicKey = (ECPublicKey) ec.getPublic();
    byte[] point =
        concat(
            new byte[] {0x00, 0x04},
            unsigned(publicKey.getW().getAffineX()),
            unsigned(publicKey.getW().getAffineY()));
    byte[] body =
        concat(
            new byte[] {0x02, 0x01, 0x01},
            tlv(0x04, unsigned(privateKey.getS())),
            tlv(0xA0, PRIME256V1),
            tlv(0xA1, tlv(0x03, point)));
    return pem("EC PRIVATE KEY", tlv(0x30, body));
  }

  public static String withCrlf(String pem) {
    return pem.replace("\n", "\r\n");
  }

  /** One line with {@code \n} written as two characters, as in a single-line variable. */
  public static String withLiteralNewlines(String pem) {
    return pem.replace("\n", "\\n");
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  /** The OCTET STRING content of a PKCS#8 PrivateKeyInfo: version, algorithm, then the key. */
  private static byte[] innerKey(byte[] pkcs8) {
    int[] position = {0};
    readHeader(pkcs8, position);
    skip(pkcs8, position);
    skip(pkcs8, position);
    int length = readHeader(pkcs8, position);
    return Arrays.copyOfRange(pkcs8, position[0], position[0] + length);
  }

  private static void skip(byte[] der, int[] position) {
    int length = readHeader(der, position);
    position[0] += length;
  }

  private static int readHeader(byte[] der, int[] position) {
    position[0]++;
    int first = der[position[0]++] & 0xFF;
    if (first < 0x80) {
      return first;
    }
    int length = 0;
    for (int i = 0; i < (first & 0x7F); i++) {
      length = (length << 8) | (der[position[0]++] & 0xFF);
    }
    return length;
  }

  private static byte[] tlv(int tag, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    if (value.length < 0x80) {
      out.write(value.length);
    } else if (value.length < 0x100) {
      out.write(0x81);
      out.write(value.length);
    } else {
      out.write(0x82);
      out.write(value.length >> 8);
      out.write(value.length & 0xFF);
    }
    out.writeBytes(value);
    return out.toByteArray();
  }

  private static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    byte[] fixed = new byte[32];
    int copy = Math.min(bytes.length, 32);
    System.arraycopy(bytes, bytes.length - copy, fixed, 32 - copy, copy);
    return fixed;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
