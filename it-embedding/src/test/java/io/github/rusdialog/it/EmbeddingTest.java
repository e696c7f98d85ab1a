package io.github.rusdialog.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application embeds rusdialog as applications do: compiled with {@code -Xlint:all -Werror}
 * against the library jars, then run in a fresh JVM — once as a named module on the module path
 * (module-info with {@code requires io.github.rusdialog.json} …), once on the class path. Each run
 * finds the five exporters as services, writes xlsx, pdf, json, html and docx (labels, fonts, the
 * page's stylesheet and the Word styles load in named modules), reads the JSON back, finds the Jackson 3 module with
 * {@code findAndAddModules()} and reads a summary. The Jackson 2 applications are {@link
 * JacksonTwoApplicationTest}'s.
 */
class EmbeddingTest {
  private static final List<String> EXPECTED = List.of(
      "exporters [docx, html, json, pdf, xlsx] problems []",
      "json read back equal true",
      "jackson module found true",
      "readers [docx, json, markdown, text, xlsx] problems []",
      "one way in Unga",
      "summary read Möte",
      "markdown read Unga");

  @TempDir
  Path dir;

  @Test
  void runsOnTheModulePath() throws Exception {
    Path classes = compile(true);
    List<String> output = run(List.of("--module-path", classes + File.pathSeparator + applicationPath(),
        "-m", "demo.app/demo.Main"));
    assertRan(output);
  }

  @Test
  void runsOnTheClassPath() throws Exception {
    Path classes = compile(false);
    List<String> output = run(List.of("-cp", classes + File.pathSeparator + applicationPath(), "demo.Main"));
    assertRan(output);
  }

  /** The application's report of itself, and the reports it wrote, read back. */
  private void assertRan(List<String> output) throws IOException {
    assertThat(output).containsAll(EXPECTED);
    for (String format : List.of("xlsx", "pdf", "json", "html", "docx")) {
      assertThat(output).anyMatch(line -> line.matches(format + " [1-9][0-9]*"));
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(dir.resolve("out/report.xlsx")))) {
      StringBuilder cells = new StringBuilder();
      workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.append(cell).append('\n'))));
      // English labels loaded in a named module; the data as the application built it.
      assertThat(workbook.getSheet("Overview")).isNotNull();
      assertThat(cells).contains("Bolagsdagen", "Kommunen", "Boende", "Lärare saknas.");
    }
    PdfReader pdf = new PdfReader(Files.readAllBytes(dir.resolve("out/report.pdf")));
    try {
      String text = new PdfTextExtractor(pdf).getTextFromPage(1);
      // The fonts loaded in a named module: Swedish letters drawn and extracted.
      assertThat(text).contains("Bolagsdagen", "Lärare saknas.");
    } finally {
      pdf.close();
    }
    // The stylesheet, a resource of the html module, read in a named module; English labels, Swedish data.
    String html = Files.readString(dir.resolve("out/report.html"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(html).contains("<html lang=\"en\">", ".rusdialog {", "Skip to content",
        "<li lang=\"sv\">Lärare saknas.</li>");
    // The Word styles, a resource of the docx module, read in a named module; English labels, Swedish data.
    try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument(
        Files.newInputStream(dir.resolve("out/report.docx")))) {
      assertThat(word.getStyles().getStyle("Heading1")).isNotNull();
      assertThat(word.getParagraphs()).anySatisfy(paragraph -> {
        assertThat(paragraph.getText()).isEqualTo("Lärare saknas.");
        assertThat(paragraph.getRuns().get(0).getLang()).isEqualTo("sv-SE");
      });
    }
  }

  private Path compile(boolean modular) throws IOException {
    return Application.compile(dir, "app", List.of("demo/Main.java", "module-info.java"), modular,
        applicationPath());
  }

  private List<String> run(List<String> launch) throws Exception {
    return Application.run(launch, dir.resolve("out"));
  }

  /** The Jackson 3 application's path: everything but the Jackson 2 module and its line. */
  private static String applicationPath() {
    return String.join(File.pathSeparator, Application.libraryPath().stream()
        .filter(entry -> !entry.contains("jackson2")
            && !entry.contains("com/fasterxml/jackson/core/jackson-databind/")
            && !entry.contains("com/fasterxml/jackson/core/jackson-core/"))
        .toList());
  }
}
