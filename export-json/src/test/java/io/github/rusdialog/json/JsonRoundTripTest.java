package io.github.rusdialog.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.testkit.DialogueGenerator;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonRoundTripTest {

  static String toJson(Dialogue dialogue) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonExporter().export(dialogue, ExportOptions.defaults(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void assertRoundTrips(Dialogue dialogue) throws IOException {
    String json = toJson(dialogue);
    SchemaCheck.assertValid(json);
    assertThat(JsonDialogueReader.create().read(json, "generated.json")).isEqualTo(dialogue);
  }

  @Test
  void seedMeetingRoundTrips() throws IOException {
    assertRoundTrips(SampleMeetings.seedDialogue());
  }

  @Test
  void unicodeMeetingRoundTrips() throws IOException {
    assertRoundTrips(SampleMeetings.unicodeDialogue());
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 10_000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedDialogueRoundTrips(long seed) throws IOException {
    assertRoundTrips(DialogueGenerator.withSeed(seed).meetings(1 + (int) (seed % 4)).generate());
  }

  @Test
  void writesTheFormatsFieldOrderWithUnixLineEnds() throws IOException {
    String json = toJson(SampleMeetings.seedDialogue());
    assertThat(json).startsWith("{\n  \"format\": \"rusdialog\",\n  \"version\": 2,\n  \"dialogue\": {\n"
        + "    \"name\": \"RUS-dialogen\",\n    \"organiser\": \"Region Norrbotten\",\n")
        .doesNotContain("\r").endsWith("}\n");
    assertThat(json.indexOf("\"id\": \"bolagsdagen-2024-03-13\""))
        .isLessThan(json.indexOf("\"title\": \"Bolagsdagen\""));
    assertThat(json).contains("\"note\": null", "\"insights\": []", "\"stated\": \"implied\"",
        "\"summary\": ", "\"attendees\": null,\n        \"participants\": [",
        "\"kind\": \"municipality\",\n            \"attendees\": null\n");
  }
}
