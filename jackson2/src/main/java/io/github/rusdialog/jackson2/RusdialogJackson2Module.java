package io.github.rusdialog.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.rusdialog.internal.json.JsonSink;
import io.github.rusdialog.internal.json.ModelJsonReader;
import io.github.rusdialog.internal.json.ModelJsonTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A Jackson 2 module that reads and writes the model types (Dialogue, Meeting and their parts)
 * in the shape of the rusdialog JSON format, for applications on Jackson 2.x (Spring Boot 3 and
 * most services of today). Found by {@code ObjectMapper.findAndRegisterModules()}, or:
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new RusdialogJackson2Module());
 * String json = mapper.writeValueAsString(meeting);
 * Meeting back = mapper.readValue(json, Meeting.class);
 * }</pre>
 *
 * <p>A native Jackson 2 module: it needs {@code jackson-databind} 2.17 or newer and nothing of
 * Jackson 3. The shape and the rules are the format's one implementation, the one {@code
 * rusdialog-export-json} writes and reads documents with, so the JSON is the same to the byte and
 * reading is as strict: unknown fields, wrong types and invalid data fail with the line, column
 * and JSON path of the field in the application's document. Thread-safe.
 *
 * @since 0.1.0
 */
public final class RusdialogJackson2Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module; ServiceLoader calls this. */
  public RusdialogJackson2Module() {
    super("rusdialog-jackson2");
    ModelJsonTypes.registerAll(this::register);
  }

  private <T> void register(Class<T> type, BiConsumer<JsonSink, T> writer,
      Function<ModelJsonReader, T> reader) {
    addSerializer(type, new FormatSerializer<>(type, writer));
    addDeserializer(type, new FormatDeserializer<>(type, reader));
  }

  /**
   * Writes a value with the format's writer.
   *
   * @param <T> the model type
   */
  private static final class FormatSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient BiConsumer<JsonSink, T> writer;

    FormatSerializer(Class<T> type, BiConsumer<JsonSink, T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      try {
        writer.accept(new GeneratorSink(generator), value);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }

  /**
   * Reads a value with the format's strict reader.
   *
   * @param <T> the model type
   */
  private static final class FormatDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<ModelJsonReader, T> reader;

    FormatDeserializer(Class<T> type, Function<ModelJsonReader, T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      try {
        return reader.apply(new ModelJsonReader(new ParserSource(parser)));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } catch (ModelJsonReader.Problem e) {
        // The place of the field itself: the parser's own location is where reading stopped.
        throw JsonMappingException.from(parser, e.place().prefix() + e.path() + ": " + e.getMessage());
      }
    }
  }
}
