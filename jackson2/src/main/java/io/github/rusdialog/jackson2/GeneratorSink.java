package io.github.rusdialog.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.rusdialog.internal.json.JsonSink;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A Jackson 2 generator as the format's sink. Jackson 2 throws checked {@link IOException}s;
 * they pass through the format's writer unchecked and are unwrapped by the serializer.
 */
final class GeneratorSink implements JsonSink {
  private final JsonGenerator g;

  GeneratorSink(JsonGenerator generator) {
    this.g = generator;
  }

  @Override
  public void startObject() {
    write(JsonGenerator::writeStartObject);
  }

  @Override
  public void endObject() {
    write(JsonGenerator::writeEndObject);
  }

  @Override
  public void startArray() {
    write(JsonGenerator::writeStartArray);
  }

  @Override
  public void endArray() {
    write(JsonGenerator::writeEndArray);
  }

  @Override
  public void name(String name) {
    write(g -> g.writeFieldName(name));
  }

  @Override
  public void string(String value) {
    write(g -> g.writeString(value));
  }

  @Override
  public void number(int value) {
    write(g -> g.writeNumber(value));
  }

  @Override
  public void number(double value) {
    write(g -> g.writeNumber(value));
  }

  @Override
  public void nullValue() {
    write(JsonGenerator::writeNull);
  }

  private interface Write {
    void to(JsonGenerator generator) throws IOException;
  }

  private void write(Write write) {
    try {
      write.to(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
