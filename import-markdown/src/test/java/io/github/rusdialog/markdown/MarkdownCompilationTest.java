package io.github.rusdialog.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.text.Summary;
import io.github.rusdialog.text.SummaryDocument;
import io.github.rusdialog.text.SummaryWarning;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 34: a region's compilation in Markdown reads as its meetings, each as its own file reads. */
class MarkdownCompilationTest {
  private static final Path OVERKALIX = Path.of("..", "examples", "kommundialog-overkalix-2024-04-19.md");
  private static final MarkdownSummaryReader READER = MarkdownSummaryReader.create();

  private static String meeting(String title) throws Exception {
    return Files.readString(OVERKALIX, StandardCharsets.UTF_8).replace("# Kommundialog Överkalix 19/4 2024",
        "# " + title);
  }

  private static List<Meeting> alone(String... titles) throws Exception {
    List<Meeting> meetings = new java.util.ArrayList<>();
    for (String title : titles) {
      meetings.add(READER.read(meeting(title), "alone.md").meeting());
    }
    return meetings;
  }

  @Test
  void threeMeetingsUnderACoverWithATableOfContentsReadAsTheirOwnFiles() throws Exception {
    String[] titles = {"Kommundialog Överkalix 19/4 2024", "Kommundialog Kiruna onsdag 8 maj 2024",
        "Kommundialog Luleå – 15/5 2024"};
    String markdown = "# Sammanställningar från kommundialogerna\n\n## Innehåll\n\n"
        + "- [Överkalix](#kommundialog-överkalix-194-2024)\n- [Kiruna](#kommundialog-kiruna)\n"
        + "  - [Prioriteringar](#prioriteringar)\n- [Luleå](#kommundialog-luleå)\n\n"
        + meeting(titles[0]) + "\n" + meeting(titles[1]) + "\n" + meeting(titles[2]);
    SummaryDocument document = READER.readDocument(markdown, "samman.md");
    assertThat(document.summaries()).extracting(Summary::meeting).containsExactlyElementsOf(alone(titles));
    assertThat(document.title()).hasValue("Sammanställningar från kommundialogerna");
    assertThat(document.toDialogue().name()).hasValue("Sammanställningar från kommundialogerna");
    assertThat(document.warnings()).extracting(SummaryWarning::toString).contains("samman.md:5: warning: a table of"
        + " contents (a list of links to the headings) is not read: it repeats the headings that follow");
  }

  /** pandoc's compilation: an undated front-matter title (the cover) and a nested list of links as contents. */
  @Test
  void readsACompilationAsPandocWritesItWithItsTableOfContents() throws Exception {
    Path resources = Path.of("src", "test", "resources", "compilations");
    SummaryDocument written = READER.readDocument(resources.resolve("samman.md"));
    SummaryDocument pandoc = READER.readDocument(resources.resolve("samman-pandoc.md"));
    assertThat(pandoc.summaries()).extracting(Summary::meeting).containsExactlyElementsOf(
        alone("Kommundialog Överkalix 19/4 2024", "Kommundialog Kiruna 8/5 2024", "Kommundialog Luleå 15/5 2024"));
    assertThat(written.summaries()).extracting(Summary::meeting)
        .containsExactlyElementsOf(pandoc.summaries().stream().map(Summary::meeting).toList());
    assertThat(pandoc.title()).hasValue("Sammanställningar från kommundialogerna 2024");
    assertThat(written.title()).hasValue("Sammanställningar från kommundialogerna 2024");
    assertThat(pandoc.warnings()).extracting(SummaryWarning::toString).first().asString()
        .endsWith("samman-pandoc.md:5: warning: a table of contents (a list of links to the headings) is not read:"
            + " it repeats the headings that follow");
  }

  @Test
  void anErrorNamesTheLineInTheWholeFileAndItsMeeting() throws Exception {
    String second = meeting("Kommundialog Kiruna 8/5 2024").replace("### Utmaningar:", "### Svagheter:");
    String markdown = meeting("Kommundialog Överkalix 19/4 2024") + "\n" + second;
    int lines = (int) meeting("Kommundialog Överkalix 19/4 2024").lines().count() + 1;
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> READER.readDocument(markdown, "samman.md"));
    assertThat(e.line()).isEqualTo(lines + 23);
    assertThat(e.problem()).startsWith("meeting 2 of 2 (\"Kommundialog Kiruna 8/5 2024\"): ");
  }

  @Test
  void readingOneMeetingRefusesACompilationSayingHowToReadIt() throws Exception {
    String markdown = meeting("Kommundialog Överkalix 19/4 2024") + "\n" + meeting("Kommundialog Kiruna 8/5 2024");
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> READER.read(markdown, "samman.md"));
    assertThat(e.problem()).isEqualTo("the document holds 2 meetings (\"Kommundialog Överkalix\", \"Kommundialog"
        + " Kiruna\"); read it with readDocument, or through DialogueReaders, which read every meeting of a document");
  }
}
