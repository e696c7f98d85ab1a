package io.github.rusdialog.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.rusdialog.json.JsonExporter;
import io.github.rusdialog.json.RusdialogJsonModule;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.testkit.DialogueGenerator;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 2 module writes and reads exactly what the format's Jackson 3 module does. */
class RusdialogJackson2ModuleTest {
  private static final ObjectMapper JACKSON2 = new ObjectMapper().registerModule(new RusdialogJackson2Module());
  private static final JsonMapper JACKSON3 = JsonMapper.builder().addModule(new RusdialogJsonModule()).build();

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
    assertThat(json).isEqualTo(JACKSON3.writeValueAsString(dialogue));
    assertThat(JACKSON2.readValue(json, Dialogue.class)).isEqualTo(dialogue);
    String document = "{\"format\":\"rusdialog\",\"version\":1,\"dialogue\":" + json + "}";
    assertThat(SCHEMA.validate(JACKSON3.readTree(document))).as("schema errors").isEmpty();
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
  void readsAsStrictlyAsTheFormatNamingTheFieldAndWhereTheValueStarts() {
    String json = "{\n  \"caseId\": \"x\",\n  \"meeting\": {\"id\": \"m-2024-01-01\", \"title\": \"M\","
        + " \"date\": \"2024-01-01\", \"participants\": [], \"priorities\": [{\"rank\": \"one\"}], \"areas\": []}\n}";
    JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
        () -> JACKSON2.readValue(json, CaseFile.class));
    assertThat(e.getOriginalMessage()).isEqualTo("Meeting starting at line 3, column 14:"
        + " $.priorities[0].rank: expected a whole number, got string \"one\"");
    JsonMappingException unknown = catchThrowableOfType(JsonMappingException.class,
        () -> JACKSON2.readValue("{\"name\": \"x\", \"colour\": \"blue\"}", Dialogue.class));
    assertThat(unknown.getOriginalMessage()).contains("colour");
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
