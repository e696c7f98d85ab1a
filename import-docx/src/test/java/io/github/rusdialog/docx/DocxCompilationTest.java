package io.github.rusdialog.docx;

import static io.github.rusdialog.docx.TestDocuments.ACCESSIBILITY;
import static io.github.rusdialog.docx.TestDocuments.p;
import static io.github.rusdialog.docx.TestDocuments.styled;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.text.Summary;
import io.github.rusdialog.text.SummaryDocument;
import io.github.rusdialog.text.SummaryWarning;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Issue 34: a region's compilation as a Word document reads as its meetings, each as its own document reads. */
class DocxCompilationTest {
  private static final Path SEED = Path.of("..", "examples", "bolagsdagen-2024-03-13.txt");
  private static final String[] TITLES = {"Bolagsdagen 13/3 2024", "Kommundialog Kiruna onsdag 8 maj 2024",
      "Kommundialog Luleå 15/5 2024"};

  private static String meeting(String title, String mark) throws Exception {
    return Files.readString(SEED, StandardCharsets.UTF_8).replace("Bolagsdagen 13/3 2024", mark + title);
  }

  private static SummaryDocument readDocument(String text) throws Exception {
    return DocxSummaryReader.create().readDocument(new ByteArrayInputStream(DocxRenderer.render(text).bytes),
        "samman.docx");
  }

  /** Titles as Heading 1 paragraphs ("# "), or as ordinary paragraphs that a meeting's beginning follows. */
  @ParameterizedTest(name = "titles written as \"{0}\"")
  @ValueSource(strings = {"# ", ""})
  void threeMeetingsReadAsTheirOwnDocuments(String mark) throws Exception {
    StringBuilder text = new StringBuilder("# Sammanställningar från kommundialogerna 2024\n\n");
    List<Meeting> alone = new ArrayList<>();
    for (String title : TITLES) {
      text.append(meeting(title, mark)).append("\n\n");
      alone.add(DocxSummaryReader.create().read(new ByteArrayInputStream(DocxRenderer.render(meeting(title, mark))
          .bytes), "alone.docx").meeting());
    }
    SummaryDocument document = readDocument(text.toString());
    assertThat(document.summaries()).extracting(Summary::meeting).containsExactlyElementsOf(alone);
    assertThat(document.title()).hasValue("Sammanställningar från kommundialogerna 2024");
  }

  /**
   * The same compilation as pandoc and LibreOffice write it (a Title paragraph as the cover, Word's
   * table of contents, Heading 1 titles): three meetings, each the one their single documents hold.
   */
  @ParameterizedTest(name = "written by {0}")
  @ValueSource(strings = {"pandoc", "libreoffice"})
  void readsACompilationWrittenByAnotherProgram(String program) throws Exception {
    Path resources = Path.of("src", "test", "resources", "compilations");
    SummaryDocument document = DocxSummaryReader.create().readDocument(resources.resolve("samman-" + program + ".docx"));
    Meeting overkalix = DocxSummaryReader.create().read(resources.resolve("overkalix-" + program + ".docx")).meeting();
    assertThat(document.title()).hasValue("Sammanställningar från kommundialogerna 2024");
    assertThat(document.summaries()).extracting(summary -> summary.meeting().title() + " " + summary.meeting().date())
        .containsExactly("Kommundialog Överkalix 2024-04-19", "Kommundialog Kiruna 2024-05-08",
            "Kommundialog Luleå 2024-05-15");
    assertThat(document.summaries().get(0).meeting()).isEqualTo(overkalix);
    for (Summary summary : document.summaries()) {
      Meeting meeting = summary.meeting();
      assertThat(meeting.participants()).isEqualTo(overkalix.participants());
      assertThat(meeting.priorities()).isEqualTo(overkalix.priorities());
      assertThat(meeting.areas()).isEqualTo(overkalix.areas());
    }
    assertThat(document.warnings()).extracting(SummaryWarning::message)
        .contains("a table of contents is not read: it repeats the headings that follow");
  }

  @Test
  void skipsATableOfContentsInItsStylesWithAWarning() throws Exception {
    TestDocuments document = TestDocuments.of(styled("Rubrik1", "Sammanställning"),
        styled("Innehallsforteckning", "Innehåll"),
        // Word's TOC field: it begins in the first entry and ends in the last.
        "<w:p " + TestDocuments.W + "><w:pPr><w:pStyle w:val=\"Innehall1\"/></w:pPr><w:r><w:fldChar"
            + " w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TOC \\o \"1-3\" \\h </w:instrText></w:r><w:r>"
            + "<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>Möte 13/3 2024\t3</w:t></w:r></w:p>",
        "<w:p " + TestDocuments.W + "><w:pPr><w:pStyle w:val=\"Innehall1\"/></w:pPr><w:r><w:t>Möte 14/3 2024\t5"
            + "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>",
        styled("Rubrik1", "Möte 13/3 2024"), styled("Rubrik1", ACCESSIBILITY), p("Möjligheter:"), p("Tåg."),
        styled("Rubrik1", "Möte 14/3 2024"), styled("Rubrik1", ACCESSIBILITY), p("Möjligheter:"), p("Buss."))
        .withStyle("Innehallsforteckning", "TOC Heading").withStyle("Innehall1", "toc 1");
    SummaryDocument read = DocxSummaryReader.create().readDocument(new ByteArrayInputStream(document.bytes()),
        "samman.docx");
    assertThat(read.summaries()).extracting(summary -> summary.meeting().title()).containsExactly("Möte", "Möte");
    assertThat(read.summaries()).extracting(summary -> summary.meeting().date().getDayOfMonth()).containsExactly(13, 14);
    assertThat(read.warnings()).extracting(SummaryWarning::toString).contains("samman.docx: paragraph 2 \"Innehåll\":"
        + " warning: a table of contents is not read: it repeats the headings that follow");
  }
}
