package io.github.rusdialog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 36: a summary holding a personal identity number, an e-mail address and a mobile number
 * keeps the PDF and the web page from being written — each named, nothing written — until
 * {@code --allow-personal-data}; the workbook and JSON are written, with the warnings.
 */
class PersonalDataCliTest {
  @TempDir
  Path dir;

  private Path summary() throws IOException {
    Path seed = Path.of("..", "examples", "bolagsdagen-2024-03-13.txt");
    String text = Files.readString(seed, StandardCharsets.UTF_8).replace("Bilberoendet.",
        "Bilberoendet. Kontakta Anna (811218-9876, anna.svensson@example.se, 070-123 45 67).");
    return Files.writeString(dir.resolve("bolagsdagen-2024-03-13.txt"), text, StandardCharsets.UTF_8);
  }

  @Test
  void publishedFormatsAreRefusedNamingEachFindingAndNothingIsWritten() throws IOException {
    Path out = dir.resolve("reports");
    Cli cli = Cli.run("export", summary().toString(), "--format", "xlsx,pdf,html", "--out", out.toString());
    assertThat(cli.exitCode).as(cli.toString()).isEqualTo(1);
    assertThat(cli.err).contains("a personal identity number (811218-****)", "e-mail address",
        "a***@example.se", "a mobile number (070-*** ** **)", "--allow-personal-data")
        .doesNotContain("9876", "anna.svensson", "45 67");
    assertThat(cli.err).containsPattern("bolagsdagen-2024-03-13\\.txt:\\d+: warning: a personal identity");
    assertThat(Files.exists(out) ? list(out) : 0L).as("files written").isZero();
  }

  @Test
  void allowedThePublishedFormatsShowTheData() throws IOException {
    Path out = dir.resolve("reports");
    Cli cli = Cli.run("export", summary().toString(), "--format", "pdf,html", "--out", out.toString(),
        "--allow-personal-data");
    assertThat(cli.exitCode).as(cli.toString()).isZero();
    assertThat(Files.readString(out.resolve("bolagsdagen-2024-03-13.html"))).contains("811218-9876",
        "anna.svensson@example.se");
    try (PDDocument pdf = Loader.loadPDF(out.resolve("bolagsdagen-2024-03-13.pdf").toFile())) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("811218-9876", "070-123 45 67");
    }
  }

  @Test
  void workingFormatsAreWrittenWithTheWarnings() throws IOException {
    Path out = dir.resolve("reports");
    Cli cli = Cli.run("export", summary().toString(), "--format", "xlsx,json", "--out", out.toString());
    assertThat(cli.exitCode).as(cli.toString()).isZero();
    assertThat(cli.err).contains("warning: a personal identity number (811218-****)");
    assertThat(list(out)).isEqualTo(2);
  }

  @Test
  void validateListsTheFindingsAndStrictMakesThemErrors() throws IOException {
    Cli lenient = Cli.run("validate", summary().toString());
    assertThat(lenient.exitCode).as(lenient.toString()).isZero();
    assertThat(lenient.err.lines().filter(line -> line.contains("--allow-personal-data"))).hasSize(3);
    Cli strict = Cli.run("validate", summary().toString(), "--strict");
    assertThat(strict.exitCode).as(strict.toString()).isEqualTo(1);
  }

  private static long list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }
}
