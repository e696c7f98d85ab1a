package io.github.rusdialog.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.ResponseStatus;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class JsonDialogueReaderTest {
  private static final JsonDialogueReader READER = JsonDialogueReader.create();

  private static final String AREAS =
      "\"strategicAreas\": [{\"id\": \"skills\", \"title\": \"Kompetens\"}]";

  private static String document(String meeting) {
    return document(2, meeting);
  }

  private static String document(int version, String meeting) {
    return "{\n\"format\": \"rusdialog\",\n\"version\": " + version + ",\n\"dialogue\": {\n" + AREAS
        + ",\n\"meetings\": [\n" + meeting + "\n]}}";
  }

  private static JsonFormatException failure(ThrowingCallable read) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(read);
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    return (JsonFormatException) thrown;
  }

  private static JsonFormatException failure(String json) {
    return failure(() -> READER.read(json, "dialog.json"));
  }

  @Test
  void namesPathLineAndColumnOfAWrongTypeDeepInside() {
    String json = document("{\"title\": \"Möte\", \"date\": \"2024-03-13\",\n"
        + " \"priorities\": [{\"rank\": \"one\", \"title\": \"Boende\"}]}");
    JsonFormatException e = failure(json);
    assertThat(e.path()).hasValue("$.dialogue.meetings[0].priorities[0].rank");
    assertThat(e.line()).isEqualTo(8);
    assertThat(e.column()).isEqualTo(26);
    assertThat(e.getMessage()).isEqualTo("dialog.json:8:26: $.dialogue.meetings[0].priorities[0].rank:"
        + " expected a whole number, got string \"one\"");
  }

  @Test
  void namesTheFieldTheModelRejects() {
    String json = document("{\"title\": \"Möte\", \"date\": \"2024-03-13\", \"priorities\": ["
        + "{\"rank\": 1, \"title\": \"A\"}, {\"rank\": 3, \"title\": \"B\"}]}");
    assertThat(failure(json).getMessage()).isEqualTo("dialog.json:7:1: $.dialogue.meetings[0].priorities[1].rank:"
        + " 3, but the meeting has 2 priorities: ranks must be exactly 1..2");
  }

  @Test
  void rejectsDuplicateRanks() {
    String json = document("{\"title\": \"Möte\", \"date\": \"2024-03-13\", \"priorities\": ["
        + "{\"rank\": 1, \"title\": \"A\"}, {\"rank\": 1, \"title\": \"B\"}]}");
    assertThat(failure(json).getMessage()).endsWith("priorities[1].rank: 1 is used twice (also priorities[0])");
  }

  @Test
  void rejectsAnAreaTheDialogueDoesNotDefine() {
    String json = document("{\"title\": \"Möte\", \"date\": \"2024-03-13\", \"areas\": [{\"area\": \"tourism\"}]}");
    assertThat(failure(json).getMessage())
        .contains("$.dialogue.meetings[0].areas[0].area: \"tourism\" is not a strategic area of this dialogue");
  }

  @Test
  void rejectsUnknownFormatAndVersion() {
    assertThat(failure("{\"format\": \"excel\", \"version\": 1}").getMessage())
        .isEqualTo("dialog.json:1:12: $.format: format is \"excel\", not \"rusdialog\": this is not a rusdialog document");
    assertThat(failure("{\"format\": \"rusdialog\", \"version\": 3}").getMessage())
        .isEqualTo("dialog.json:1:36: $.version: version 3 is not supported; this reader reads versions 1 to 2"
            + " (upgrade rusdialog to read newer files)");
    assertThat(failure("{\"format\": \"rusdialog\", \"version\": 0}").getMessage())
        .contains("$.version: version 0 is not supported");
    assertThat(failure("{\"format\": \"rusdialog\", \"dialogue\": {" + AREAS + "}}").getMessage())
        .endsWith("$: missing required field \"version\"");
  }

  @Test
  void rejectsDuplicateKeys() {
    JsonFormatException e = failure(document("{\"title\": \"A\", \"title\": \"B\", \"date\": \"2024-03-13\"}"));
    assertThat(e.getMessage()).contains("dialog.json:7:").contains("Duplicate").contains("\"title\"");
    assertThat(e.path()).hasValue("$.dialogue.meetings[0].title");
  }

  @Test
  void rejectsUnknownFields() {
    assertThat(failure(document("{\"title\": \"A\", \"datum\": \"2024-03-13\"}")).getMessage())
        .endsWith("$.dialogue.meetings[0].datum: unknown field \"datum\"; known fields here:"
            + " id, title, date, summary, attendees, participants, priorities, areas");
  }

  @Test
  void readsHeadCountsOfVersion2() throws Exception {
    Dialogue dialogue = READER.read(document("{\"title\": \"A\", \"date\": \"2024-03-13\", \"attendees\": 23,"
        + " \"participants\": [{\"name\": \"Unga\", \"attendees\": 6}, {\"name\": \"Kommunen\", \"attendees\": null}]}"),
        "dialog.json");
    Meeting meeting = dialogue.meetings().get(0);
    assertThat(meeting.attendees()).hasValue(23);
    assertThat(meeting.participants()).containsExactly(
        StakeholderGroup.of("Unga").withAttendees(6), StakeholderGroup.of("Kommunen"));
    assertThat(meeting.participants().get(0).kind()).isEqualTo(StakeholderKind.YOUTH);
  }

  @Test
  void readsVersion1AndRefusesItsDocumentsUsingVersion2Fields() throws Exception {
    String meeting = "{\"title\": \"A\", \"date\": \"2024-03-13\", \"participants\": [{\"name\": \"Unga\"}]}";
    assertThat(READER.read(document(1, meeting), "dialog.json"))
        .isEqualTo(READER.read(document(2, meeting), "dialog.json"));
    assertThat(failure(document(1, "{\"title\": \"A\", \"date\": \"2024-03-13\",\n"
        + " \"participants\": [{\"name\": \"Unga\", \"attendees\": 6}]}")).getMessage())
        .isEqualTo("dialog.json:8:49: $.dialogue.meetings[0].participants[0].attendees: \"attendees\" is a"
            + " field of version 2, but the document says \"version\": 1; change it to 2");
  }

  @Test
  void refusesHeadCountsThatAreNoCounts() {
    assertThat(failure(document("{\"title\": \"A\", \"date\": \"2024-03-13\", \"attendees\": 0}")).getMessage())
        .endsWith("$.dialogue.meetings[0].attendees: 0 is not a head count: give 1 or more people, or leave"
            + " it out if unknown");
    assertThat(failure(document("{\"title\": \"A\", \"date\": \"2024-03-13\", \"participants\":"
        + " [{\"name\": \"Unga\", \"attendees\": \"6\"}]}")).getMessage())
        .endsWith("$.dialogue.meetings[0].participants[0].attendees: expected a whole number, got string \"6\"");
    assertThat(failure(document("{\"title\": \"A\", \"date\": \"2024-03-13\", \"participants\":"
        + " [{\"name\": \"Unga\", \"attendees\": 6.5}]}")).getMessage())
        .endsWith("$.dialogue.meetings[0].participants[0].attendees: expected a whole number, got number 6.5");
  }

  @Test
  void rejectsMissingRequiredFields() {
    assertThat(failure(document("{\"title\": \"A\"}")).getMessage())
        .isEqualTo("dialog.json:7:1: $.dialogue.meetings[0]: missing required field \"date\"");
  }

  @Test
  void rejectsDatesThatAreNotDates() {
    assertThat(failure(document("{\"title\": \"A\", \"date\": \"2024-02-30\"}")).getMessage())
        .endsWith("$.dialogue.meetings[0].date: \"2024-02-30\" is not a date; write it as yyyy-mm-dd, e.g. \"2024-03-13\"");
    assertThat(failure(document("{\"title\": \"A\", \"date\": \"13/3 2024\"}")).getMessage())
        .contains("is not a date");
  }

  @Test
  void rejectsUnknownEnumValues() {
    assertThat(failure(document("{\"title\": \"A\", \"date\": \"2024-03-13\", \"participants\":"
        + " [{\"name\": \"Kommunen\", \"kind\": \"city\"}]}")).getMessage())
        .endsWith("$.dialogue.meetings[0].participants[0].kind: \"city\" is not a kind; use one of municipality,"
            + " business, minorities, civil-society, youth, authorities, academia, region, individuals, other");
  }

  @Test
  void rejectsTrailingContent() {
    String json = document("{\"title\": \"A\", \"date\": \"2024-03-13\"}") + " {}";
    assertThat(failure(json).getMessage()).endsWith("unexpected content after the end of the document");
    assertThat(failure(document("{\"title\": \"A\", \"date\": \"2024-03-13\"}") + " garbage").getMessage())
        .contains("not valid JSON");
  }

  @Test
  void rejectsTruncatedJson() {
    String json = document("{\"title\": \"A\", \"date\": \"2024-03-13\"}");
    JsonFormatException e = failure(json.substring(0, json.length() - 3));
    assertThat(e.getMessage()).startsWith("dialog.json:").contains("not valid JSON").contains("end-of-input");
  }

  @Test
  void rejectsAnEmptyFile() {
    assertThat(failure("").getMessage()).isEqualTo(
        "dialog.json:1:1: the file is empty; expected a rusdialog JSON document {\"format\": \"rusdialog\", …}");
    assertThat(failure("   \n").getMessage()).contains("the file is empty");
    assertThat(failure("[]").getMessage()).contains("expected a JSON object with \"format\"");
  }

  @Test
  void rejectsControlCharactersAndLoneSurrogatesInStrings() {
    assertThat(failure(document("{\"title\": \"A\\u0007B\", \"date\": \"2024-03-13\"}")).getMessage())
        .contains("$.dialogue.meetings[0].title: control character U+0007 is not allowed");
    assertThat(failure(document("{\"title\": \"A\\ud800B\", \"date\": \"2024-03-13\"}")).getMessage())
        .contains("$.dialogue.meetings[0].title: lone surrogate U+D800 is not a character");
    assertThat(failure(document("{\"title\": \"A\u0007B\", \"date\": \"2024-03-13\"}")).getMessage())
        .contains("not valid JSON").contains("CTRL-CHAR, code 7");
  }

  @Test
  void stopsAtDeepNestingAtOnceWithAClearMessage() {
    // The reader expects a fixed shape, so it refuses the first container out of place
    // instead of descending: no stack overflow, no memory spent on the rest.
    String deep = "[".repeat(200_000);
    assertThat(failure(document("{\"title\": " + deep)).getMessage())
        .isEqualTo("dialog.json:7:11: $.dialogue.meetings[0].title: expected a string, got an array");
    assertThat(failure(deep).getMessage())
        .isEqualTo("dialog.json:1:1: $: expected a JSON object with \"format\", \"version\" and \"dialogue\", got an array");
  }

  @Test
  void stopsAtTheStringAndDocumentLimits() {
    String json = document("{\"title\": \"" + "a".repeat(5_000) + "\", \"date\": \"2024-03-13\"}");
    assertThat(failure(() -> READER.withMaxStringLength(1_000).read(json, "dialog.json")).getMessage())
        .contains("exceeds a safety limit").contains("String value length");
    assertThat(failure(() -> READER.withMaxDocumentBytes(1_000).read(json, "dialog.json")).getMessage())
        .contains("exceeds a safety limit").contains("Document length");
  }

  @Test
  void reportsInvalidUtf8WithItsPlace() {
    byte[] bytes = document("{\"title\": \"Bolagsdagen\", \"date\": \"2024-03-13\"}")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Bolags");
    bytes[at] = (byte) 0xC3;
    bytes[at + 1] = (byte) 0x28;
    JsonFormatException e = failure(() -> READER.read(new ByteArrayInputStream(bytes), "dialog.json"));
    assertThat(e.getMessage()).startsWith("dialog.json:7:").contains("UTF-8");
  }

  /** Found by fuzzing: four bytes that make Jackson guess UTF-32, then fail with a raw IOException. */
  @Test
  void reportsTextThatLooksLikeUtf32AsAFormatError() {
    byte[] bytes = {'{', 0, 0, 0, '"', 't', 'a', 0x0f};
    JsonFormatException e = failure(() -> READER.read(new ByteArrayInputStream(bytes), "utf32.json"));
    assertThat(e.getMessage()).isEqualTo("utf32.json:1:1: not UTF-8 text (it looks like UTF-16 or UTF-32);"
        + " save the file as UTF-8");
    byte[] utf16 = "{\"format\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_16);
    assertThat(failure(() -> READER.read(new ByteArrayInputStream(utf16), "utf16.json")).getMessage())
        .contains("not UTF-8 text");
  }

  @Test
  void readsWhatHandWrittenFilesLeaveOut() throws IOException {
    Dialogue dialogue = READER.read(document("{\"title\": \"Bolagsdagen\", \"date\": \"2024-03-13\","
        + " \"participants\": [{\"name\": \"Kommunen\"}], \"areas\": [{\"area\": \"skills\"}]}"), "dialog.json");
    assertThat(dialogue.meetings().get(0).id()).isEqualTo("bolagsdagen-2024-03-13");
    assertThat(dialogue.meetings().get(0).participants().get(0).kind().id()).isEqualTo("municipality");
    assertThat(dialogue.name()).isEmpty();
  }

  @Test
  void leavesTheCallersStreamOpen() throws IOException {
    byte[] json = JsonRoundTripTest.toJson(SampleMeetings.seedDialogue()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    boolean[] closed = {false};
    ByteArrayInputStream in = new ByteArrayInputStream(json) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertThat(READER.read(in, "seed.json")).isEqualTo(SampleMeetings.seedDialogue());
    assertThat(closed[0]).isFalse();
  }

  @Test
  void rejectsNonsensicalLimits() {
    assertThatThrownBy(() -> READER.withMaxDocumentBytes(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsResponsesOfVersion2() throws Exception {
    String meeting = "{\"title\": \"A\", \"date\": \"2024-03-13\","
        + " \"priorities\": [{\"rank\": 1, \"title\": \"Boende\", \"response\": {\"status\": \"partly\","
        + " \"text\": \"Delvis.\", \"reference\": \"Mål 2.3\"}}],"
        + " \"areas\": [{\"area\": \"skills\", \"opportunities\": [{\"text\": \"Distans.\","
        + " \"response\": {\"status\": \"noted\"}}, {\"text\": \"Praktik.\", \"response\": null}]}]}";
    Meeting read = READER.read(document(meeting), "dialog.json").meetings().get(0);
    assertThat(read.priorities().get(0).response()).hasValue(Response.of(ResponseStatus.PARTLY,
        java.util.Optional.of("Delvis."), java.util.Optional.of("Mål 2.3")));
    assertThat(read.areas().get(0).opportunities()).extracting(item -> item.response())
        .containsExactly(java.util.Optional.of(Response.of(ResponseStatus.NOTED)), java.util.Optional.empty());
  }

  @Test
  void refusesAResponseThatIsNoAnswer() {
    String item = "{\"title\": \"A\", \"date\": \"2024-03-13\", \"areas\": [{\"area\": \"skills\","
        + " \"challenges\": [{\"text\": \"Avstånd.\", \"response\": %s}]}]}";
    assertThat(failure(document(String.format(item, "{\"status\": \"not-adopted\"}"))).getMessage())
        .endsWith("$.dialogue.meetings[0].areas[0].challenges[0].response.text: required when the status is"
            + " not-adopted: say why the input is not taken into the strategy");
    assertThat(failure(document(String.format(item, "{\"status\": \"rejected\"}"))).getMessage())
        .endsWith("$.dialogue.meetings[0].areas[0].challenges[0].response.status: \"rejected\" is not a response"
            + " status; use one of adopted, partly, not-adopted, noted");
    assertThat(failure(document(String.format(item, "{\"text\": \"Nej.\"}"))).getMessage())
        .endsWith("$.dialogue.meetings[0].areas[0].challenges[0].response: missing required field \"status\"");
    assertThat(failure(document(1, String.format(item, "{\"status\": \"noted\"}"))).getMessage())
        .contains("\"response\" is a field of version 2, but the document says \"version\": 1");
  }
}
