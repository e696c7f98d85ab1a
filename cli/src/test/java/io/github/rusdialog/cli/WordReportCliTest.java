package io.github.rusdialog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.json.JsonDialogueReader;
import io.github.rusdialog.model.Dialogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 35 from the command line: the Word report is written when asked for, and reads back. */
class WordReportCliTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final String SEED = EXAMPLES.resolve("bolagsdagen-2024-03-13.txt").toString();
  private static final String OVERKALIX = EXAMPLES.resolve("kommundialog-overkalix-2024-04-19.md").toString();
  private static final String AT = "2024-03-14T09:30:00Z";

  @TempDir
  Path dir;

  @Test
  void aWordReportOfTwoSummariesReadsBackAsTheirMeetings() throws IOException {
    Path out = dir.resolve("reports");
    Cli export = Cli.run("export", SEED, OVERKALIX, "--format", "docx,json", "--out", out.toString(),
        "--generated-at", AT);
    assertThat(export.exitCode).as(export.toString()).isZero();
    Path docx = out.resolve("dialog.docx");
    assertThat(docx).exists();

    Path back = dir.resolve("back.json");
    Cli read = Cli.run("import", docx.toString(), "--out", back.toString());
    assertThat(read.exitCode).as(read.toString()).isZero();
    assertThat(read.err).contains("warning: 20 paragraphs and tables rusdialog computed for its report");
    Dialogue original = JsonDialogueReader.create().read(out.resolve("dialog.json"));
    assertThat(JsonDialogueReader.create().read(back).meetings()).isEqualTo(original.meetings());
  }

  @Test
  void theDefaultFormatsLeaveTheWordReportOut() throws IOException {
    Path out = dir.resolve("reports");
    Cli export = Cli.run("export", SEED, "--out", out.toString(), "--generated-at", AT);
    assertThat(export.exitCode).as(export.toString()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toList()))
          .containsExactlyInAnyOrder("bolagsdagen-2024-03-13.html", "bolagsdagen-2024-03-13.json",
              "bolagsdagen-2024-03-13.pdf", "bolagsdagen-2024-03-13.xlsx");
    }
    assertThat(Cli.run("formats").out).contains("docx   .docx  editable Word document");
  }

  @Test
  void feedbackIsWrittenAsWordPerMeeting() throws IOException {
    Path out = dir.resolve("feedback");
    Cli feedback = Cli.run("feedback", SEED, OVERKALIX, "--format", "docx", "--out", out.toString(),
        "--generated-at", AT);
    assertThat(feedback.exitCode).as(feedback.toString()).isZero();
    for (String meeting : List.of("bolagsdagen-2024-03-13", "kommundialog-overkalix-2024-04-19")) {
      Path docx = out.resolve(meeting + "-aterkoppling.docx");
      assertThat(docx).exists();
      Cli validate = Cli.run("validate", docx.toString());
      assertThat(validate.exitCode).as(validate.toString()).isZero();
      assertThat(validate.out).contains("valid, 1 meeting(s)");
    }
  }

  @Test
  void aWordTemplateForAnotherRegionIsRefusedUntilFilledIn() throws IOException {
    Path template = dir.resolve("ny-sammanfattning.docx");
    Cli cli = Cli.run("template", "--format", "docx", "--out", template.toString(), "--areas",
        EXAMPLES.resolve("other-region").resolve("strategic-areas.txt").toString());
    assertThat(cli.exitCode).as(cli.toString()).isZero();
    assertThat(cli.out).startsWith(template + "  ");
    try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
        Files.newInputStream(template))) {
      assertThat(document.getParagraphs()).extracting(p -> p.getText())
          .contains(Files.readAllLines(EXAMPLES.resolve("other-region").resolve("strategic-areas.txt")).stream()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .map(line -> line.substring(line.indexOf(':') + 1).strip()).toArray(String[]::new));
    }
    Cli validate = Cli.run("validate", template.toString());
    assertThat(validate.exitCode).isEqualTo(1);
    assertThat(validate.err).contains("paragraph 1 ", "still holds the template's placeholder");
    // The extension names the form; a mismatch is a usage error, before anything is written.
    Cli mismatch = Cli.run("template", "--format", "docx", "--out", dir.resolve("mall.xlsx").toString());
    assertThat(mismatch.exitCode).isEqualTo(2);
    assertThat(mismatch.err).contains("a Word template is named .docx");
    assertThat(Cli.run("template", "--out", dir.resolve("mall.docx").toString()).exitCode).isZero();
  }
}
