package io.github.rusdialog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.json.JsonDialogueReader;
import io.github.rusdialog.model.Dialogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyst's loop on the command line: export, classify in the workbook, import or export again; and template. */
class WorkbookCommandsTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final String SEED = EXAMPLES.resolve("bolagsdagen-2024-03-13.txt").toString();
  private static final String OVERKALIX = EXAMPLES.resolve("kommundialog-overkalix-2024-04-19.md").toString();
  private static final String SKILLS = "Väl fungerande kompetensförsörjning och kompetensutveckling";

  @TempDir
  Path dir;

  @Test
  void linksMadeInTheWorkbookShowInTheSynthesisOfTheNextExport() throws IOException {
    Cli first = Cli.run("export", SEED, OVERKALIX, "--format", "xlsx", "--out", dir.toString());
    assertThat(first.exitCode).as(first.toString()).isZero();
    Path workbook = dir.resolve("dialog.xlsx");
    assertThat(consensusRows(workbook)).as("before: every priority is a group of one meeting")
        .allSatisfy(row -> assertThat(row.get(1)).isEqualTo("1.0"));
    // Bolagsdagen ranks "Utbildning och Kompetensutveckling" 4th, Överkalix "Kompetensförsörjning" 1st.
    edit(workbook, book -> {
      XSSFSheet priorities = book.getSheet("Prioriteringar");
      set(priorities.getRow(4), 6, SKILLS);
      set(priorities.getRow(5), 6, SKILLS);
    });

    Path after = dir.resolve("after");
    Cli second = Cli.run("export", workbook.toString(), "--format", "pdf,xlsx", "--out", after.toString());
    assertThat(second.exitCode).as(second.toString()).isZero();
    assertThat(second.err).isEmpty();
    List<List<String>> rows = consensusRows(after.resolve("dialog.xlsx"));
    assertThat(rows.get(0)).as("the skills area leads: 2 meetings, 1 first place, Borda 1 + 3")
        .containsExactly(SKILLS, "2.0", "1.0", "2.5", "4.0", "Bolagsdagen, Kommundialog Överkalix");
    try (PDDocument pdf = Loader.loadPDF(after.resolve("dialog.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains(SKILLS + " 2 1 2.50 4 Bolagsdagen, Kommundialog Överkalix");
    }

    Path json = dir.resolve("dialog.json");
    Cli imported = Cli.run("import", workbook.toString(), "--out", json.toString());
    assertThat(imported.exitCode).as(imported.toString()).isZero();
    Dialogue dialogue = JsonDialogueReader.create().read(json);
    assertThat(dialogue.meetings().get(0).priorities().get(3).areas()).containsExactly("skills");
    assertThat(dialogue.meetings().get(1).priorities().get(0).areas()).containsExactly("skills");
  }

  @Test
  void refusesAWorkbookItCannotReadFaithfullyNamingSheetAndCellAndWritesNothing() throws IOException {
    assertThat(Cli.run("export", SEED, "--format", "xlsx", "--out", dir.toString()).exitCode).isZero();
    Path workbook = dir.resolve("bolagsdagen-2024-03-13.xlsx");
    edit(workbook, book -> set(book.getSheet("Prioriteringar").getRow(2), 6, "Tillgänglighet"));
    Path out = dir.resolve("out");
    Cli cli = Cli.run("export", workbook.toString(), "--format", "json,pdf", "--out", out.toString());
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err.strip()).isEqualTo(workbook + ": Prioriteringar!G3: \"Tillgänglighet\" is not a strategic"
        + " area of this dialogue; choose one from the list (\"Goda möjligheter till kultur, boende, arbete och"
        + " välfärd\", \"" + SKILLS + "\", \"Innovation och förnyelse samt entreprenörskap och företagande\","
        + " \"God tillgänglighet genom digital kommunikation och transportsystem\")");
    assertThat(out).doesNotExist();
  }

  @Test
  void warnsAboutEditsInViewSheetsAndFailsWithStrict() throws IOException {
    assertThat(Cli.run("export", SEED, "--format", "xlsx", "--out", dir.toString()).exitCode).isZero();
    Path workbook = dir.resolve("bolagsdagen-2024-03-13.xlsx");
    edit(workbook, book -> set(book.getSheet("Bolagsdagen").getRow(0), 0, "Bolagsdagen i Luleå"));
    Cli cli = Cli.run("import", workbook.toString(), "--out", dir.resolve("d.json").toString());
    assertThat(cli.exitCode).isZero();
    assertThat(cli.err).startsWith(workbook + ": Bolagsdagen: warning: this sheet was edited;");
    Cli strict = Cli.run("import", "--strict", workbook.toString(), "--out", dir.resolve("s.json").toString());
    assertThat(strict.exitCode).isEqualTo(1);
    assertThat(strict.err).contains("Bolagsdagen: this sheet was edited").contains("(strict reading makes this warning an error)");
  }

  @Test
  void writesATemplateThatImportsAndRefusesToOverwriteOne() throws IOException {
    Path template = dir.resolve("ny-sammanfattning.xlsx");
    Cli cli = Cli.run("template", "--out", template.toString(), "--areas",
        EXAMPLES.resolve("other-region").resolve("strategic-areas.txt").toString());
    assertThat(cli.exitCode).as(cli.toString()).isZero();
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(template))) {
      assertThat(book.getSheet("Prioriteringar").getDataValidations()).isNotEmpty();
    }
    Cli again = Cli.run("template", "--out", template.toString());
    assertThat(again.exitCode).isEqualTo(2);
    assertThat(again.err).contains("exists; a template does not overwrite");
    Cli imported = Cli.run("import", template.toString(), "--out", dir.resolve("ny.json").toString());
    assertThat(imported.exitCode).isZero();
    assertThat(imported.err).contains("warning: the meeting table is empty");
    assertThat(Cli.run("template", "--out", dir.resolve("x.pdf").toString()).exitCode).isEqualTo(2);
  }

  /** The synthesis sheet's consensus table, one list of cell texts per row. */
  private static List<List<String>> consensusRows(Path workbook) throws IOException {
    try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
      XSSFSheet sheet = book.getSheet("Sammanställning");
      var table = sheet.getTables().stream().filter(t -> t.getName().equals("SynthesisPriorities")).findFirst()
          .orElseThrow();
      List<List<String>> rows = new ArrayList<>();
      for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : sheet.getRow(r)) {
          cells.add(cell.toString());
        }
        rows.add(cells);
      }
      return rows;
    }
  }

  private interface Change {
    void apply(XSSFWorkbook book);
  }

  private static void edit(Path workbook, Change change) throws IOException {
    XSSFWorkbook book;
    try (InputStream in = Files.newInputStream(workbook)) {
      book = new XSSFWorkbook(in);
    }
    change.apply(book);
    try (OutputStream out = Files.newOutputStream(workbook)) {
      book.write(out);
    }
    book.close();
  }

  /** Replaces a cell (POI would keep an inline string's old text if set in place). */
  private static void set(Row row, int column, String value) {
    Cell old = row.getCell(column);
    if (old != null) {
      row.removeCell(old);
    }
    row.createCell(column).setCellValue(value);
  }
}
