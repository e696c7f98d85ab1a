package io.github.rusdialog.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.rusdialog.json.JsonExporter;
import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.testkit.DialogueGenerator;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 2 module writes and reads exactly what the format's exporter and reader do. */
class RusdialogJackson2ModuleTest {
  private static final ObjectMapper JACKSON2 = new ObjectMapper().registerModule(new RusdialogJackson2Module());
  private static final ObjectMapper PLAIN = new ObjectMapper();
  /** Jackson 3, for the schema validator only. */
  private static final JsonMapper TREES = JsonMapper.builder().build();

  /** An application's own object holding a meeting, as a case-handling system would. */
  public record CaseFile(String caseId, Meeting meeting) {}

  static Stream<Arguments> dialogues() {
    return Stream.concat(Stream.of(Arguments.of("seed", SampleMeetings.seedDialogue()),
            Arguments.of("unicode", SampleMeetings.unicodeDialogue()),
            Arguments.of("three meetings", SampleMeetings.threeMeetings())),
        LongStream.range(0, 30).mapToObj(seed -> Arguments.of("generator seed " + (16_000 + seed),
            DialogueGenerator.withSeed(16_000 + seed).meetings(1 + (int) (seed % 5)).generate())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialogues")
  void writesTheSameJsonAsTheFormatAndReadsItBack(String name, Dialogue dialogue) throws IOException {
    String json = JACKSON2.writeValueAsString(dialogue);
    assertThat(json).isEqualTo(PLAIN.writeValueAsString(PLAIN.readTree(exported(dialogue)).get("dialogue")));
    assertThat(JACKSON2.readValue(json, Dialogue.class)).isEqualTo(dialogue);
    String document = "{\"format\":\"rusdialog\",\"version\":2,\"dialogue\":" + json + "}";
    assertThat(SCHEMA.validate(TREES.readTree(document))).as("schema errors").isEmpty();
  }

  @Test
  void carriesTheModelInsideAnApplicationsOwnObjects() throws IOException {
    CaseFile file = new CaseFile("RS-2024-17", SampleMeetings.seed());
    String json = JACKSON2.writeValueAsString(file);
    assertThat(json).startsWith("{\"caseId\":\"RS-2024-17\",\"meeting\":{\"id\":\"bolagsdagen-2024-03-13\"");
    assertThat(JACKSON2.readValue(json, CaseFile.class)).isEqualTo(file);
  }

  @Test
  void isFoundAsAServiceByFindAndRegisterModules() throws IOException {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.writeValueAsString(SampleMeetings.seed()))
        .isEqualTo(JACKSON2.writeValueAsString(SampleMeetings.seed()));
  }

  @Test
  void readsAsStrictlyAsTheFormatNamingTheFieldAndWhereItIs() {
    String json = "{\n  \"caseId\": \"x\",\n  \"meeting\": {\"id\": \"m-2024-01-01\", \"title\": \"M\","
        + " \"date\": \"2024-01-01\", \"participants\": [], \"priorities\": [{\"rank\": \"one\"}], \"areas\": []}\n}";
    JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
        () -> JACKSON2.readValue(json, CaseFile.class));
    // The place of the field itself in the application's document, and its path from the root.
    assertThat(e.getOriginalMessage()).isEqualTo("line 3, column 117:"
        + " $.meeting.priorities[0].rank: expected a whole number, got string \"one\"");
    JsonMappingException unknown = catchThrowableOfType(JsonMappingException.class,
        () -> JACKSON2.readValue("{\"name\": \"x\", \"colour\": \"blue\"}", Dialogue.class));
    assertThat(unknown.getOriginalMessage()).contains("colour");
  }

  private static String exported(Dialogue dialogue) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonExporter().export(dialogue, ExportOptions.defaults(), out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static final Schema SCHEMA = schema();

  private static Schema schema() {
    try (InputStream in = JsonExporter.class.getResourceAsStream(JsonExporter.SCHEMA_RESOURCE)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
