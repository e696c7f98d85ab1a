package io.github.rusdialog.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.testkit.SampleMeetings;
import io.github.rusdialog.text.Summary;
import io.github.rusdialog.text.SummaryReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DocxSummaryReaderTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  static Summary read(byte[] docx) throws IOException {
    return DocxSummaryReader.create().read(new ByteArrayInputStream(docx), "test.docx");
  }

  @Test
  void theSeedWrittenByXwpfReadsToTheSeedMeeting() throws IOException {
    String seed = Files.readString(EXAMPLES.resolve("bolagsdagen-2024-03-13.txt"), StandardCharsets.UTF_8);
    Summary summary = read(DocxRenderer.render(seed).bytes);
    assertThat(summary.meeting()).isEqualTo(SampleMeetings.seed());
    assertThat(summary.toDialogue()).isEqualTo(SampleMeetings.seedDialogue());
    assertThat(summary.warnings()).isEmpty();
  }

  @Test
  void overkalixWrittenByXwpfReadsLikeItsText() throws IOException {
    Path md = EXAMPLES.resolve("kommundialog-overkalix-2024-04-19.md");
    Meeting fromText = SummaryReader.create().read(md).meeting();
    Meeting fromWord = read(DocxRenderer.render(Files.readString(md, StandardCharsets.UTF_8)).bytes).meeting();
    assertThat(fromWord).isEqualTo(fromText);
  }

  /** Documents written by LibreOffice Writer (see src/test/resources/libreoffice/README.md). */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"bolagsdagen-2024-03-13.txt",
      "kommundialog-overkalix-2024-04-19.md"})
  void documentsWrittenByLibreOfficeReadLikeTheirText(String textName) throws IOException {
    String base = textName.replaceFirst("\\.[a-z]+$", "");
    Meeting fromText = SummaryReader.create().read(EXAMPLES.resolve(textName)).meeting();
    Path docx = Path.of("src/test/resources/libreoffice", base + ".docx");
    Summary fromWord = DocxSummaryReader.create().read(docx);
    assertThat(fromWord.meeting()).isEqualTo(fromText);
    assertThat(fromWord.warnings()).isEmpty();
  }

  @Test
  void headCountsReadAsInText() throws Exception {
    String text = "Möte 13/3 2024\nKort sammanfattning.\nI just det här mötet deltog företrädare för:\n"
        + "- Kommunen: 3 personer\n- Unga (6)\n- 2 från Samer\n\nAntal deltagare: 23\n";
    Meeting fromWord = DocxSummaryReader.create()
        .read(new java.io.ByteArrayInputStream(DocxRenderer.render(text).bytes), "möte.docx").meeting();
    assertThat(fromWord).isEqualTo(io.github.rusdialog.text.SummaryReader.create().read(text, "möte.txt").meeting());
    assertThat(fromWord.attendees()).hasValue(23);
    assertThat(fromWord.participants()).extracting(group -> group.name() + "=" + group.attendees().getAsInt())
        .containsExactly("Kommunen=3", "Unga=6", "Samer=2");
  }
}
