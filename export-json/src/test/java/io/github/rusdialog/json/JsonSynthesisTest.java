package io.github.rusdialog.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonSynthesisTest {

  private static String export(Dialogue dialogue, boolean synthesis) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonExporter().export(dialogue, ExportOptions.builder()
        .putSettings(JsonExporter.SYNTHESIS, String.valueOf(synthesis)).build(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesTheSynthesisBlockOnRequestValidAgainstTheSchema() throws IOException {
    String json = export(SampleMeetings.threeMeetings(), true);
    SchemaCheck.assertValid(json);
    JsonNode synthesis = JsonMapper.builder().build().readTree(json).get("synthesis");
    assertThat(synthesis.get("meetingCount").asInt()).isEqualTo(3);
    assertThat(synthesis.get("kindsNeverHeard").toString()).isEqualTo("[\"region\"]");
    assertThat(synthesis.get("responses").get("byMeeting").get(2).toString()).isEqualTo(
        "{\"meeting\":\"ungdomsdialog-lulea-2024-05-20\",\"adopted\":1,\"partly\":0,\"notAdopted\":1,\"noted\":0,"
            + "\"unanswered\":3}");
    assertThat(synthesis.get("responses").get("all").get("adopted").asInt()).isEqualTo(1);
    assertThat(synthesis.get("headCounts").toString()).isEqualTo("{\"people\":15,\"byKind\":["
        + "{\"kind\":\"youth\",\"people\":12,\"meetings\":[\"ungdomsdialog-lulea-2024-05-20\"]},"
        + "{\"kind\":\"academia\",\"people\":3,\"meetings\":[\"ungdomsdialog-lulea-2024-05-20\"]}],"
        + "\"meetingsCounted\":[\"ungdomsdialog-lulea-2024-05-20\"],"
        + "\"meetingsNotCounted\":[\"bolagsdagen-2024-03-13\",\"kommundialog-overkalix-2024-04-19\"]}");
    JsonNode first = synthesis.get("priorities").get(0);
    assertThat(first.get("label").asString()).isEqualTo("Kompetensförsörjning");
    assertThat(first.get("borda").asInt()).isEqualTo(6);
    assertThat(first.get("firstPlaces").asInt()).isEqualTo(2);
    assertThat(first.get("meanRank").asDouble()).isEqualTo(1.0);
    assertThat(first.get("mentions").get(1).get("meeting").asString()).isEqualTo("ungdomsdialog-lulea-2024-05-20");
    JsonNode skills = synthesis.get("coverage").get(1);
    assertThat(skills.get("area").asString()).isEqualTo("skills");
    assertThat(skills.get("indirect").toString())
        .isEqualTo("[\"bolagsdagen-2024-03-13\",\"ungdomsdialog-lulea-2024-05-20\"]");
    assertThat(skills.get("insights").asInt()).isEqualTo(3);
  }

  @Test
  void leavesTheBlockOutByDefault() throws IOException {
    assertThat(export(SampleMeetings.threeMeetings(), false)).doesNotContain("\"synthesis\"");
  }

  @Test
  void ignoresTheSynthesisBlockOnRead() throws IOException {
    String json = export(SampleMeetings.threeMeetings(), true);
    assertThat(JsonDialogueReader.create().read(json, "three.json")).isEqualTo(SampleMeetings.threeMeetings());
    String edited = json.replace("\"meetingCount\": 3", "\"meetingCount\": 99");
    assertThat(JsonDialogueReader.create().read(edited, "three.json")).isEqualTo(SampleMeetings.threeMeetings());
  }
}
