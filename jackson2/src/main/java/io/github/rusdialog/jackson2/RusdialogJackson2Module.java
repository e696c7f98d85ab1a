package io.github.rusdialog.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.rusdialog.json.RusdialogJsonModule;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Challenge;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Insight;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StrategicArea;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

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
 * <p>One format, one implementation: each value is written and read by the Jackson 3 module of
 * {@code rusdialog-export-json} (which this module depends on; Jackson 2 and 3 live in different
 * packages and sit side by side), so the shape and the strictness are the same to the byte and
 * to the rule: unknown fields, wrong types and invalid data fail with the path to the field, and
 * here also with the line and column where the value starts in the application's document.
 * Thread-safe.
 */
public final class RusdialogJackson2Module extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final JsonMapper FORMAT = JsonMapper.builder().addModule(new RusdialogJsonModule()).build();

  /** Creates the module; ServiceLoader calls this. */
  public RusdialogJackson2Module() {
    super("rusdialog-jackson2");
    register(Dialogue.class);
    register(Meeting.class);
    register(StrategicArea.class);
    register(StakeholderGroup.class);
    register(PriorityArea.class);
    register(AreaInput.class);
    register(Opportunity.class);
    register(Challenge.class);
    register(Insight.class);
  }

  private <T> void register(Class<T> type) {
    addSerializer(type, new FormatSerializer<>(type));
    addDeserializer(type, new FormatDeserializer<>(type));
  }

  /** Writes a value as the format's JSON, made by the Jackson 3 module. */
  private static final class FormatSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    FormatSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      generator.writeRawValue(FORMAT.writeValueAsString(value));
    }
  }

  /** Reads a value as the format's JSON, checked by the Jackson 3 module's strict reader. */
  private static final class FormatDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;

    FormatDeserializer(Class<T> type) {
      super(type);
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonLocation start = parser.currentTokenLocation();
      TreeNode tree = parser.readValueAsTree();
      try {
        return FORMAT.readValue(tree.toString(), type);
      } catch (JacksonException e) {
        // The inner message names the field by its path inside this value; the outer location
        // is where the value starts in the application's document.
        // The inner line and column are those of the copy read here, not of the application's
        // document: they are dropped.
        String problem = e.getOriginalMessage().replaceFirst("^line \\d+, column \\d+: ", "");
        throw JsonMappingException.from(parser, type.getSimpleName() + " starting at line " + start.getLineNr()
            + ", column " + start.getColumnNr() + ": " + problem, e);
      }
    }
  }
}
