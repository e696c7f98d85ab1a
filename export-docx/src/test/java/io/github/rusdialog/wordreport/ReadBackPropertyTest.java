package io.github.rusdialog.wordreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.testkit.DialogueGenerator;
import io.github.rusdialog.testkit.DialogueShapes;
import io.github.rusdialog.text.SummaryDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any dialogue, not only one read from summaries — the exporter contract's shapes and generated
 * dialogues full of odd texts — reads back from its Word report as the meetings written, in
 * everything a summary can say, or is refused at a paragraph: never a different reading. What a
 * summary cannot say (ids, links from priorities to areas, a coverage or an implied mark the
 * words do not give, the responses) is left out of the comparison (docs/word-report.md).
 */
class ReadBackPropertyTest {
  static LongStream seeds() {
    return LongStream.range(35_500, 35_600);
  }

  @ParameterizedTest(name = "generator seed {0}")
  @MethodSource("seeds")
  void aGeneratedDialogueReadsBackAsWrittenOrIsRefused(long seed) throws IOException {
    check(DialogueGenerator.withSeed(seed).meetings(2).itemsPerMeeting(6).generate());
  }

  static Stream<DialogueShapes.Shape> shapes() {
    List<DialogueShapes.Shape> shapes = new ArrayList<>(DialogueShapes.thresholds());
    shapes.add(DialogueShapes.seedRepeated());
    return shapes.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void aShapeOfTheExporterContractReadsBackAsWrittenOrIsRefused(DialogueShapes.Shape shape) throws IOException {
    check(shape.dialogue());
  }

  /** Guards the property against vacuity: some generated dialogues read back, some are refused. */
  @Test
  void someReadBackAndSomeAreRefused() throws IOException {
    long read = 0;
    for (long seed : seeds().toArray()) {
      if (check(DialogueGenerator.withSeed(seed).meetings(2).itemsPerMeeting(6).generate())) {
        read++;
      }
    }
    assertThat(read).as("generated dialogues read back").isBetween(2L, 98L);
  }

  /** Whether the report read back; fails if it read back as anything but what was written. */
  private static boolean check(Dialogue dialogue) throws IOException {
    byte[] docx = DocxRoundTripTest.export(dialogue, DocxRoundTripTest.OPTIONS);
    SummaryDocument back;
    try {
      back = DocxRoundTripTest.readBack(docx, StrategicAreaCatalogue.norrbotten());
    } catch (InvalidInputException refused) {
      assertThat(refused.getMessage()).as("a refusal names a paragraph or a table").containsPattern("(paragraph|table) \\d+");
      return false;
    }
    assertThat(back.summaries()).extracting(summary -> said(summary.meeting()))
        .containsExactlyElementsOf(dialogue.meetings().stream().map(ReadBackPropertyTest::said).toList());
    return true;
  }

  /** What a summary says of a meeting, as lines to compare. */
  private static List<String> said(Meeting meeting) {
    List<String> said = new ArrayList<>();
    said.add("title " + meeting.title() + " " + meeting.date());
    // A summary's groups follow a cue, which the intro keeps: the report writes one where it had none.
    String summary = meeting.summary().orElse("");
    boolean cued = meeting.participants().isEmpty() || summary.strip().endsWith(":");
    said.add("intro " + (cued ? summary : summary.isBlank() ? "Deltagande grupper:" : summary + "\nDeltagande grupper:"));
    meeting.participants().forEach(group -> said.add("group " + group.name() + " " + group.attendees()));
    said.add("attendees " + meeting.attendees());
    for (PriorityArea priority : meeting.priorities()) {
      said.add("priority " + priority.rank() + " " + priority.title() + " / " + priority.description().orElse(""));
    }
    for (AreaInput area : meeting.areas()) {
      said.add("area " + area.area() + " note " + area.note().orElse(""));
      items(said, "opportunity", area.opportunities());
      items(said, "challenge", area.challenges());
      items(said, "insight", area.insights());
    }
    return said;
  }

  private static void items(List<String> said, String kind, List<? extends AreaItem> items) {
    items.forEach(item -> said.add(kind + " " + item.text()));
  }

}
