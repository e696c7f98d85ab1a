package io.github.rusdialog.wordreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rusdialog.docx.DocxSummaryReader;
import io.github.rusdialog.docx.write.DocxExporter;
import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.markdown.MarkdownSummaryReader;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.ResponseStatus;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.testkit.SampleMeetings;
import io.github.rusdialog.testkit.SummaryMutants;
import io.github.rusdialog.text.Summary;
import io.github.rusdialog.text.SummaryDocument;
import io.github.rusdialog.text.SummaryReader;
import io.github.rusdialog.text.SummaryWarning;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The data follows the document: a report's meetings, read back by import-docx, are the meetings
 * written — one meeting, a compilation, the feedback, with responses — and what the report
 * computes or answers is skipped with a warning, never read as input.
 */
class DocxRoundTripTest {
  static final Instant GENERATED_AT = Instant.parse("2024-03-14T09:30:00Z");
  static final ExportOptions OPTIONS = ExportOptions.builder().generatedAt(GENERATED_AT).build();
  static final Path EXAMPLES = Path.of("..", "examples");
  static final Path UNSEEN = Path.of("src", "test", "resources", "unseen");

  /**
   * Two summaries written for this test, not from the examples: a weekday in the date, head counts
   * in words and digits, a total, a title set off by a dash, an implied priority, an item continued
   * on a second line, an area not discussed, one mentioned indirectly with insights, numbered items
   * under a bold label, "Inga synpunkter" under a label.
   */
  @ParameterizedTest
  @ValueSource(strings = {"kommundialog-kiruna-2024-05-08.txt", "ungdomsdialog-lulea-2024-10-02.md"})
  void anUnseenSummaryReadsBackAsTheMeetingItWas(String file) throws IOException {
    Summary summary = read(UNSEEN.resolve(file), StrategicAreaCatalogue.norrbotten());
    SummaryDocument back = readBack(export(summary.toDialogue(), OPTIONS), StrategicAreaCatalogue.norrbotten());
    assertThat(back.summaries()).extracting(Summary::meeting).containsExactly(summary.meeting());
  }

  @ParameterizedTest
  @ValueSource(strings = {"bolagsdagen-2024-03-13.txt", "kommundialog-overkalix-2024-04-19.md",
      "other-region/ungdomsdialog-exempelby-2025-09-18.md"})
  void anExampleReadsBackAsTheMeetingItWas(String example) throws IOException {
    StrategicAreaCatalogue catalogue = catalogue(example);
    Summary summary = read(EXAMPLES.resolve(example), catalogue);
    Dialogue dialogue = summary.toDialogue();
    SummaryDocument back = readBack(export(dialogue, OPTIONS), catalogue);
    assertThat(back.summaries()).extracting(Summary::meeting).containsExactly(summary.meeting());
    assertThat(back.title()).isEqualTo(dialogue.name());
    assertThat(back.description()).isEmpty();
    assertThat(back.warnings()).extracting(SummaryWarning::message)
        .allSatisfy(warning -> assertThat(warning).contains("not read"));
  }

  /**
   * Compilations that LibreOffice and pandoc wrote (a cover, Word's contents, three meetings; the
   * Word reader's fixtures): their meetings, dialogue name and description come back from the report.
   */
  @ParameterizedTest
  @ValueSource(strings = {"samman-libreoffice.docx", "samman-pandoc.docx"})
  void aCompilationAnotherProgramWroteReadsBackFromTheReport(String file) throws IOException {
    Path compilation = Path.of("..", "import-docx", "src", "test", "resources", "compilations", file);
    SummaryDocument read = DocxSummaryReader.create().readDocument(compilation);
    Dialogue dialogue = read.toDialogue();
    assertThat(dialogue.meetings()).hasSize(3);

    SummaryDocument back = readBack(export(dialogue, OPTIONS), StrategicAreaCatalogue.norrbotten());

    assertThat(back.summaries()).extracting(Summary::meeting).containsExactlyElementsOf(dialogue.meetings());
    assertThat(back.title()).isEqualTo(read.title());
    assertThat(back.description()).isEqualTo(read.description());
  }

  @ParameterizedTest
  @ValueSource(strings = {"full", "feedback"})
  void aCompilationWithResponsesReadsBackMeetingByMeetingWithoutTheResponses(String report) throws IOException {
    Meeting seed = read(EXAMPLES.resolve("bolagsdagen-2024-03-13.txt"), StrategicAreaCatalogue.norrbotten()).meeting();
    Meeting overkalix = read(EXAMPLES.resolve("kommundialog-overkalix-2024-04-19.md"),
        StrategicAreaCatalogue.norrbotten()).meeting();
    Meeting answered = seed.withPriorities(List.of(seed.priorities().get(0).withResponse(java.util.Optional.of(
        Response.of(ResponseStatus.PARTLY).withText("Ingår i mål 2.").withReference("Mål 2.3")))));
    Dialogue dialogue = SampleMeetings.dialogueOf(answered, overkalix)
        .withDescription(java.util.Optional.of("Vårens kommundialoger.\nSammanställda av regionen."));
    ExportOptions options = ExportOptions.builder().from(OPTIONS).putSettings(DocxExporter.REPORT, report).build();

    SummaryDocument back = readBack(export(dialogue, options), StrategicAreaCatalogue.norrbotten());

    assertThat(back.summaries()).extracting(Summary::meeting)
        .containsExactly(seed.withPriorities(List.of(seed.priorities().get(0))), overkalix);
    assertThat(back.title()).isEqualTo(dialogue.name());
    assertThat(back.description()).isEqualTo(dialogue.description());
    assertThat(back.warnings()).extracting(SummaryWarning::message)
        .anySatisfy(warning -> assertThat(warning).contains("\"rusdialog response\" (the region's responses) not read"))
        .anySatisfy(warning -> assertThat(warning).contains("rusdialog computed for its report"));
  }

  /**
   * The summary reader knows the summaries' Swedish words: a report with English labels is for
   * reading, and reading it back is refused at its first English heading, never misread.
   */
  @Test
  void aReportWithEnglishLabelsIsRefusedAtItsFirstEnglishHeading() throws IOException {
    Summary summary = read(EXAMPLES.resolve("bolagsdagen-2024-03-13.txt"), StrategicAreaCatalogue.norrbotten());
    ExportOptions english = ExportOptions.builder().from(OPTIONS).locale(Locale.ENGLISH).build();
    byte[] docx = export(summary.toDialogue(), english);
    assertThatThrownBy(() -> readBack(docx, StrategicAreaCatalogue.norrbotten()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("\"Priority areas ranked by the participants\" looks like the heading of the priorities");
  }

  /**
   * The summary rules take a paragraph for an area's note by its words; a note written in the
   * workbook or JSON that says neither ":" at its end nor "inte direkt" would be read back as an
   * item. The reader checks what the report wrote as a note and refuses it there.
   */
  @Test
  void aNoteTheSummaryRulesWouldReadAsAnItemIsRefusedAtItsParagraph() throws IOException {
    Meeting seed = read(EXAMPLES.resolve("bolagsdagen-2024-03-13.txt"), StrategicAreaCatalogue.norrbotten()).meeting();
    List<io.github.rusdialog.model.AreaInput> areas = new java.util.ArrayList<>(seed.areas());
    areas.set(0, areas.get(0).withNote(java.util.Optional.of("Området nämndes bara i förbigående.")));
    byte[] docx = export(SampleMeetings.dialogueOf(seed.withAreas(areas)), OPTIONS);
    assertThatThrownBy(() -> readBack(docx, StrategicAreaCatalogue.norrbotten()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("paragraph")
        .hasMessageContaining("\"Området nämndes bara i förbigående.\": is a strategic area's note in rusdialog's report");
  }

  /**
   * A title that no title line can hold would otherwise lose a piece or join its meeting to the
   * one before. "#" before it: the reader checks each meeting heading of the report against the
   * meetings read and refuses at the heading.
   */
  @Test
  void aMeetingTitleThatLosesAPieceWhenReadIsRefusedAtItsHeading() throws IOException {
    assertThatThrownBy(() -> readBack(compilationRetitled("#2 Kommundialog Överkalix"), StrategicAreaCatalogue.norrbotten()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("report.docx: paragraph 57 \"#2 Kommundialog Överkalix 19 april 2024\": is a meeting's"
            + " heading in rusdialog's report, but no meeting is read with its title as written");
  }

  /** A list marker before it: the meeting joins the one before, which then has two priority lists. */
  @Test
  void aMeetingTitleReadAsAListItemIsRefusedNeverJoinedSilently() throws IOException {
    assertThatThrownBy(() -> readBack(compilationRetitled("– Kommundialog Överkalix"), StrategicAreaCatalogue.norrbotten()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a second priorities heading");
  }

  private static byte[] compilationRetitled(String title) throws IOException {
    Meeting seed = read(EXAMPLES.resolve("bolagsdagen-2024-03-13.txt"), StrategicAreaCatalogue.norrbotten()).meeting();
    Meeting overkalix = read(EXAMPLES.resolve("kommundialog-overkalix-2024-04-19.md"),
        StrategicAreaCatalogue.norrbotten()).meeting();
    return export(SampleMeetings.dialogueOf(seed, overkalix.withTitle(title)), OPTIONS);
  }

  static LongStream seeds() {
    return LongStream.range(35_000, 35_120);
  }

  /**
   * The seed summary changed the way people change summaries ({@link SummaryMutants}): each mutant
   * that reads reads back from its Word report as the same meeting.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aMutatedSummaryReadsBackFromItsReport(long seed) throws IOException {
    String text = Files.readString(EXAMPLES.resolve("bolagsdagen-2024-03-13.txt"), StandardCharsets.UTF_8);
    String mutant = SummaryMutants.mutate(text, seed, StrategicAreaCatalogue.norrbotten()).text();
    Summary summary;
    try {
      summary = SummaryReader.create().read(mutant, "mutant.txt");
    } catch (InvalidInputException refused) {
      return;
    }
    SummaryDocument back = readBack(export(summary.toDialogue(), OPTIONS), StrategicAreaCatalogue.norrbotten());
    assertThat(back.summaries()).extracting(Summary::meeting).containsExactly(summary.meeting());
  }

  static StrategicAreaCatalogue catalogue(String example) throws IOException {
    return example.startsWith("other-region/")
        ? io.github.rusdialog.text.CatalogueReader.read(EXAMPLES.resolve("other-region/strategic-areas.txt"))
        : StrategicAreaCatalogue.norrbotten();
  }

  static Summary read(Path path, StrategicAreaCatalogue catalogue) throws IOException {
    if (path.toString().endsWith(".md")) {
      return MarkdownSummaryReader.withCatalogue(catalogue).read(path);
    }
    return SummaryReader.withCatalogue(catalogue).read(path);
  }

  static byte[] export(Dialogue dialogue, ExportOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxExporter().export(dialogue, options, out);
    return out.toByteArray();
  }

  static SummaryDocument readBack(byte[] docx, StrategicAreaCatalogue catalogue) throws IOException {
    return DocxSummaryReader.withCatalogue(catalogue).readDocument(new ByteArrayInputStream(docx), "report.docx");
  }
}
