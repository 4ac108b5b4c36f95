package org.wathiqa.isolate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A protocol message other than a result: one JSON object whose values are strings, booleans or
 * objects of strings. Written and read with Jackson's streaming API only, which keeps a worker's
 * start short. Immutable and thread-safe.
 *
 * @param values the object's members
 */
record Message(Map<String, Object> values) {
  private static final JsonFactory FACTORY = new JsonFactory();

  Message {
    values = Map.copyOf(values);
  }

  static Message of(String key, Object value) {
    return new Message(Map.of(key, value));
  }

  static Message of(String key, Object value, String key2, Object value2) {
    return new Message(Map.of(key, value, key2, value2));
  }

  String string(String key) {
    return values.get(key) instanceof String s ? s : null;
  }

  boolean flag(String key) {
    return Boolean.TRUE.equals(values.get(key));
  }

  /** The object of strings under {@code key}, empty if there is none. */
  @SuppressWarnings("unchecked")
  Map<String, String> strings(String key) {
    return values.get(key) instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
  }

  byte[] toJson() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      for (Map.Entry<String, Object> e : values.entrySet()) {
        g.writeFieldName(e.getKey());
        writeValue(g, e.getValue());
      }
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  private static void writeValue(JsonGenerator g, Object value) throws IOException {
    if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeStringField(e.getKey().toString(), e.getValue().toString());
      }
      g.writeEndObject();
    } else {
      g.writeString(String.valueOf(value));
    }
  }

  /**
   * Parses a message.
   *
   * @throws IOException if the bytes are not one JSON object of the shape described above
   */
  static Message parse(byte[] json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      Map<String, Object> values = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        values.put(key, readValue(p, p.nextToken()));
      }
      return new Message(values);
    }
  }

  private static Object readValue(JsonParser p, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    if (token == JsonToken.START_OBJECT) {
      Map<String, String> map = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        expect(p.nextToken(), JsonToken.VALUE_STRING);
        map.put(key, p.getText());
      }
      return map;
    }
    expect(token, JsonToken.VALUE_STRING);
    return p.getText();
  }

  private static void expect(JsonToken got, JsonToken wanted) throws IOException {
    if (got != wanted) {
      throw new IOException("protocol message has " + got + " where " + wanted + " belongs");
    }
  }
}
