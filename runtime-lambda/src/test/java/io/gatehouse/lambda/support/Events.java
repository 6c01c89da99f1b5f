package io.gatehouse.lambda.support;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON event fixtures from {@code src/test/resources/events}, read into event classes by the same
 * serialization library the Lambda Java runtime uses.
 */
public final class Events {
  private Events() {}

  /** The fixture's text. */
  public static String text(String fixture) {
    try (InputStream in = Events.class.getResourceAsStream("/events/" + fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("no event fixture " + fixture);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture as the runtime would hand it to a typed handler. */
  public static <T> T read(String fixture, Class<T> type) {
    return serializer(type).fromJson(text(fixture));
  }

  /** A handler's answer as the runtime would write it back. */
  public static <T> String write(T value, Class<T> type) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    serializer(type).toJson(value, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static <T> PojoSerializer<T> serializer(Class<T> type) {
    return LambdaEventSerializers.serializerFor(type, Events.class.getClassLoader());
  }
}
