package io.github.rusdialog.jackson3;

import io.github.rusdialog.internal.json.JsonSink;
import io.github.rusdialog.internal.json.ModelJsonReader;
import io.github.rusdialog.internal.json.ModelJsonTypes;
import io.github.rusdialog.json.internal.GeneratorSink;
import io.github.rusdialog.json.internal.ParserSource;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that reads and writes the model types (Dialogue, Meeting and their parts)
 * in the shape of the rusdialog JSON format, for applications that put the model into their own
 * JSON (web APIs, case files).
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new RusdialogJackson3Module()).build();
 * String json = mapper.writeValueAsString(meeting);
 * Meeting back = mapper.readValue(json, Meeting.class);
 * }</pre>
 * A whole document with its {@code format} and {@code version} envelope is read by {@code
 * JsonDialogueReader} and written by {@code JsonExporter} of {@code rusdialog-export-json}, on
 * Jackson's streaming API alone; this module is for applications that use Jackson 3's databind. Reading is strict, as there: unknown
 * fields and invalid data fail with the path to the field.
 *
 * @since 0.2.0
 */
public final class RusdialogJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public RusdialogJackson3Module() {
    super("rusdialog");
    ModelJsonTypes.registerAll(this::register);
  }

  private <T> void register(Class<T> type, BiConsumer<JsonSink, T> writer,
      Function<ModelJsonReader, T> reader) {
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext context) {
        writer.accept(new GeneratorSink(g), value);
      }
    });
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext context) {
        try {
          return reader.apply(new ModelJsonReader(new ParserSource(p)));
        } catch (ModelJsonReader.Problem e) {
          // Where the problem is, as line and column: the parser's own location is where reading
          // stopped, and for some sources Jackson knows no more than "#UNKNOWN" there.
          throw DatabindException.from(p, e.place().prefix() + e.path() + ": " + e.getMessage());
        }
      }
    });
  }
}
