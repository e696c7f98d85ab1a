package io.github.rusdialog.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.testkit.SampleMeetings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class RusdialogJackson3ModuleTest {
  private final JsonMapper mapper = JsonMapper.builder().addModule(new RusdialogJackson3Module()).build();

  /** Issue 36: what docs/embedding.md says of a mapper without the module, so that an application knows the symptom. */
  @Test
  void aMapperWithoutTheModuleWritesAnEmptyObjectForADialogue() {
    String json = JsonMapper.builder().build()
        .writeValueAsString(SampleMeetings.seedDialogue());
    assertThat(json).isEqualTo("{}");
  }

  @Test
  void writesAndReadsAMeetingOnAnApplicationsMapper() {
    Meeting seed = SampleMeetings.seed();
    String json = mapper.writeValueAsString(seed);
    assertThat(json).startsWith("{\"id\":\"bolagsdagen-2024-03-13\",\"title\":\"Bolagsdagen\",\"date\":\"2024-03-13\"");
    assertThat(mapper.readValue(json, Meeting.class)).isEqualTo(seed);
  }

  @Test
  void writesAndReadsADialogueInsideApplicationData() {
    Dialogue dialogue = SampleMeetings.unicodeDialogue();
    String json = mapper.writeValueAsString(java.util.Map.of("case", 17, "dialogue", dialogue));
    Dialogue back = mapper.readValue(mapper.readTree(json).get("dialogue").toString(), Dialogue.class);
    assertThat(back).isEqualTo(dialogue);
  }

  @Test
  void failsWithThePathOfTheBrokenField() {
    assertThatThrownBy(() -> mapper.readValue(
        "{\"title\": \"A\", \"date\": \"2024-03-13\", \"priorities\": [{\"rank\": \"one\", \"title\": \"T\"}]}",
        Meeting.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("$.priorities[0].rank: expected a whole number, got string \"one\"");
  }

  /** Issue 13: the module's errors said "byte offset: #UNKNOWN"; they give line and column now. */
  @Test
  void failsWithTheLineAndColumnOfTheBrokenField() {
    assertThatThrownBy(() -> mapper.readValue("{\"title\": \"A\",\n \"date\": \"2024-03-13\",\n"
        + " \"priorities\": [{\"rank\": \"one\", \"title\": \"T\"}]}", Meeting.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageStartingWith("line 3, column 26: $.priorities[0].rank: expected a whole number");
  }

  @Test
  void isFoundByFindAndAddModules() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    Meeting meeting = io.github.rusdialog.testkit.SampleMeetings.seed();
    assertThat(found.writeValueAsString(meeting)).isEqualTo(mapper.writeValueAsString(meeting));
  }
}
