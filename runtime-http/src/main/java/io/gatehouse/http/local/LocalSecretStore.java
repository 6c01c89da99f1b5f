package io.gatehouse.http.local;

import io.gatehouse.core.port.SecretStore;
import io.gatehouse.core.port.SecretUnavailableException;
import io.gatehouse.core.secret.Secret;
import io.gatehouse.core.secret.SecretRef;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * Secrets from the environment ({@code env:NAME}) and from files ({@code file:/run/secrets/key},
 * relative paths resolved against a base folder). A file's trailing line breaks are dropped.
 * Nothing is cached, so a rotated file is read anew on the next call.
 */
final class LocalSecretStore implements SecretStore {
  private final Map<String, String> environment;
  private final Path baseFolder;

  LocalSecretStore(Map<String, String> environment, Path baseFolder) {
    this.environment = Map.copyOf(environment);
    this.baseFolder = Objects.requireNonNull(baseFolder, "baseFolder");
  }

  @Override
  public Secret read(SecretRef ref) {
    return switch (ref.scheme()) {
      case "env" -> fromEnvironment(ref);
      case "file" -> fromFile(ref);
      default ->
          throw new SecretUnavailableException(
              ref, "the local secret store reads only env: and file: references");
    };
  }

  private Secret fromEnvironment(SecretRef ref) {
    String value = environment.get(ref.name());
    if (value == null) {
      throw new SecretUnavailableException(ref, "the environment variable is not set");
    }
    if (value.isBlank()) {
      throw new SecretUnavailableException(ref, "the environment variable is empty");
    }
    return Secret.of(value);
  }

  private Secret fromFile(SecretRef ref) {
    Path path = baseFolder.resolve(ref.name());
    byte[] bytes = readBytes(ref, path);
    char[] chars = decode(ref, bytes);

    try {
      int length = chars.length;
      while (length > 0 && (chars[length - 1] == '\n' || chars[length - 1] == '\r')) {
        length--;
      }
      Secret secret = Secret.of(Arrays.copyOf(chars, length));
      if (secret.isBlank()) {
        throw new SecretUnavailableException(ref, "the file is empty");
      }
      return secret;
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  private static byte[] readBytes(SecretRef ref, Path path) {
    if (Files.isDirectory(path)) {
      throw new SecretUnavailableException(ref, "the path is a folder, not a file");
    }
    try {
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new SecretUnavailableException(ref, "the file does not exist");
    } catch (AccessDeniedException e) {
      throw new SecretUnavailableException(ref, "the file may not be read by this process");
    } catch (IOException e) {
      throw new SecretUnavailableException(ref, "the file could not be read", e);
    }
  }

  /** Decodes strict UTF-8 into a char array and wipes the bytes, leaving no string copy behind. */
  private static char[] decode(SecretRef ref, byte[] bytes) {
    try {
      CharBuffer decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      char[] chars = new char[decoded.remaining()];
      decoded.get(chars);
      Arrays.fill(decoded.array(), '\0');
      return chars;
    } catch (CharacterCodingException e) {
      throw new SecretUnavailableException(ref, "the file is not UTF-8 text");
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }
}
