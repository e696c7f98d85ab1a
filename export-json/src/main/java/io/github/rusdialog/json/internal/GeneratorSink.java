package io.github.rusdialog.json.internal;

import io.github.rusdialog.internal.json.JsonSink;
import tools.jackson.core.JsonGenerator;

/** A Jackson 3 generator as the format's sink. */
public final class GeneratorSink implements JsonSink {
  private final JsonGenerator g;

  /**
   * Writes to {@code generator}, which stays the caller's to close.
   *
   * @param generator the generator
   */
  public GeneratorSink(JsonGenerator generator) {
    this.g = generator;
  }

  @Override
  public void startObject() {
    g.writeStartObject();
  }

  @Override
  public void endObject() {
    g.writeEndObject();
  }

  @Override
  public void startArray() {
    g.writeStartArray();
  }

  @Override
  public void endArray() {
    g.writeEndArray();
  }

  @Override
  public void name(String name) {
    g.writeName(name);
  }

  @Override
  public void string(String value) {
    g.writeString(value);
  }

  @Override
  public void number(int value) {
    g.writeNumber(value);
  }

  @Override
  public void number(double value) {
    g.writeNumber(value);
  }

  @Override
  public void nullValue() {
    g.writeNull();
  }
}
