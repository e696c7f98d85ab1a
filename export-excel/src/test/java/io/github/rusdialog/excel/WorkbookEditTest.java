package io.github.rusdialog.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * What analysts do to an exported workbook, done with POI as a spreadsheet program would save it,
 * then read back: each accepted edit lands in the model; each refused one names sheet and cell.
 * Layout of the seed's workbook: Prioriteringar A Möte, B Datum, C Rang, D Område, E Beskrivning,
 * F Angiven, G–I Strategiskt område 1–3, J Möte-id; Möjligheter och utmaningar A Möte, B Datum,
 * C Strategiskt område, D Täckning, E Typ, F Text, G Anteckning, H Ordning, I Möte-id.
 */
class WorkbookEditTest {
  private static final String PRIORITIES = "Prioriteringar";
  private static final String ITEMS = "Möjligheter och utmaningar";
  private static final String SKILLS = "Väl fungerande kompetensförsörjning och kompetensutveckling";
  private static final String INNOVATION = "Innovation och förnyelse samt entreprenörskap och företagande";

  private final Dialogue seed = SampleMeetings.seedDialogue();

  // ---- accepted edits

  @Test
  void unchangedWorkbookReadsToTheSameDialogueWithoutWarnings() throws IOException {
    WorkbookImport read = edit(seed, book -> { });
    assertThat(read.dialogue()).isEqualTo(seed);
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void linksPrioritiesToTheAreasChosenInTheirCells() throws IOException {
    WorkbookImport read = edit(seed, book -> {
      set(book, PRIORITIES, "G2", SKILLS);
      set(book, PRIORITIES, "H2", INNOVATION);
      set(book, PRIORITIES, "G4", INNOVATION);
    });
    List<PriorityArea> priorities = meeting(read).priorities();
    assertThat(priorities.get(0).areas()).containsExactly("skills", "innovation");
    assertThat(priorities.get(1).areas()).isEmpty();
    assertThat(priorities.get(2).areas()).containsExactly("innovation");
  }

  @Test
  void readsAnAddedAreaColumnAndIgnoresCaseAndSpacingInTitles() throws IOException {
    WorkbookImport read = edit(seed, book -> {
      set(book, PRIORITIES, "N1", "Strategiskt område 4");
      set(book, PRIORITIES, "N2", "  väl fungerande  kompetensförsörjning och kompetensutveckling ");
    });
    assertThat(meeting(read).priorities().get(0).areas()).containsExactly("skills");
  }

  @Test
  void readsCorrectedTexts() throws IOException {
    WorkbookImport read = edit(seed, book -> {
      set(book, PRIORITIES, "D3", "Kultur, Vård och Samhällsgemenskap");
      set(book, ITEMS, "F2", "Rättad text\nmed två rader");
      set(book, "Översikt", "B" + (overviewHeader(book) + 2), "Bolagsdagen i Luleå");
    });
    Meeting meeting = meeting(read);
    assertThat(meeting.title()).isEqualTo("Bolagsdagen i Luleå");
    assertThat(meeting.id()).as("the identity stays").isEqualTo(seed.meetings().get(0).id());
    assertThat(meeting.priorities().get(1).title()).isEqualTo("Kultur, Vård och Samhällsgemenskap");
    assertThat(meeting.areas().get(0).opportunities().get(0).text()).isEqualTo("Rättad text\nmed två rader");
  }

  @Test
  void restoresTheOrderOfSortedRows() throws IOException {
    WorkbookImport read = edit(seed, book -> {
      reverseRows(book.getSheet(ITEMS));
      reverseRows(book.getSheet(PRIORITIES));
    });
    assertThat(read.dialogue()).isEqualTo(seed);
  }

  @Test
  void readsHiddenAndMovedColumns() throws IOException {
    WorkbookImport read = edit(seed, book -> {
      XSSFSheet items = book.getSheet(ITEMS);
      swapColumns(items, 5, 6);
      items.setColumnHidden(8, true);
      items.setColumnHidden(7, true);
      items.setColumnWidth(5, 2000);
    });
    assertThat(read.dialogue()).isEqualTo(seed);
  }

  @Test
  void putsAddedRowsAfterTheExportedOnesAndDropsDeletedRows() throws IOException {
    AreaInput first = seed.meetings().get(0).areas().get(0);
    WorkbookImport read = edit(seed, book -> {
      XSSFSheet items = book.getSheet(ITEMS);
      // Typed under the table, which did not grow: no order, no id, the meeting by title.
      Row added = items.createRow(items.getLastRowNum() + 1);
      added.createCell(0).setCellValue("Bolagsdagen");
      added.createCell(2).setCellValue(items.getRow(1).getCell(2).getStringCellValue());
      added.createCell(4).setCellValue("Möjlighet");
      added.createCell(5).setCellValue("En ny möjlighet");
      items.removeRow(items.getRow(2));
    });
    AreaInput area = meeting(read).areas().get(0);
    List<String> expected = new ArrayList<>(first.opportunities().stream().map(Opportunity::text).toList());
    expected.remove(1);
    expected.add("En ny möjlighet");
    assertThat(area.opportunities()).extracting(Opportunity::text).isEqualTo(expected);
    assertThat(area.coverage()).isEqualTo(first.coverage());
  }

  @Test
  void readsRowsHiddenByAFilterAndRowsInATableRangeExcelGrew() throws IOException {
    WorkbookImport read = edit(seed, book -> {
      XSSFSheet items = book.getSheet(ITEMS);
      items.getRow(2).setZeroHeight(true);
      items.getRow(5).setZeroHeight(true);
      int last = items.getLastRowNum() + 1;
      Row added = items.createRow(last);
      added.createCell(0).setCellValue("Bolagsdagen");
      added.createCell(2).setCellValue(SKILLS);
      added.createCell(4).setCellValue("Insikt");
      added.createCell(5).setCellValue("En ny insikt.");
      var table = items.getTables().get(0);
      table.setArea(new org.apache.poi.ss.util.AreaReference(table.getStartCellReference(),
          new org.apache.poi.ss.util.CellReference(last, table.getEndColIndex()),
          org.apache.poi.ss.SpreadsheetVersion.EXCEL2007));
    });
    AreaInput skills = meeting(read).area("skills").orElseThrow();
    assertThat(skills.insights()).extracting(i -> i.text()).endsWith("En ny insikt.").hasSize(3);
    assertThat(meeting(read).areas().get(0)).isEqualTo(seed.meetings().get(0).areas().get(0));
  }

  @Test
  void movesAnItemToTheAreaAndTypeItsRowNowSays() throws IOException {
    WorkbookImport read = edit(seed, book -> {
      set(book, ITEMS, "C2", INNOVATION);
      set(book, ITEMS, "E2", "Utmaning");
    });
    String moved = seed.meetings().get(0).areas().get(0).opportunities().get(0).text();
    AreaInput innovation = meeting(read).area("innovation").orElseThrow();
    // It keeps its place in the exported order, which came before the innovation rows.
    assertThat(innovation.challenges()).extracting(c -> c.text()).startsWith(moved).hasSize(3);
    assertThat(meeting(read).areas().get(0).opportunities()).extracting(Opportunity::text).doesNotContain(moved);
  }

  @Test
  void acceptsADateTypedAsIsoText() throws IOException {
    WorkbookImport read = edit(seed, book -> set(book, "Översikt", "A" + (overviewHeader(book) + 2), "2024-03-14"));
    assertThat(meeting(read).date()).isEqualTo(java.time.LocalDate.of(2024, 3, 14));
  }

  @Test
  void warnsThatEditsInViewSheetsAreNotRead() throws IOException {
    WorkbookImport read = edit(seed, book -> {
      set(book, "Bolagsdagen", "B5", "ändrat i vyn");
      set(book, "Översikt", "B1", "Annan titel");
    });
    assertThat(read.dialogue()).isEqualTo(seed);
    assertThat(read.warnings()).extracting(w -> w.place().orElseThrow()).containsExactlyInAnyOrder(
        "Bolagsdagen", "Översikt");
    assertThat(read.warnings().get(0).toString()).contains("edits are not read");
  }

  // ---- refusals

  @Test
  void refusesAnAreaThatIsNotInTheDialogue() {
    assertRefused(book -> set(book, PRIORITIES, "G5", "Tillgänglighet"),
        "dialog.xlsx: Prioriteringar!G5: \"Tillgänglighet\" is not a strategic area of this dialogue;"
            + " choose one from the list");
  }

  @Test
  void refusesAnUnknownTypeOrCoverage() {
    assertRefused(book -> set(book, ITEMS, "E3", "Hot"), "'Möjligheter och utmaningar'!E3: \"Hot\" is not one of"
        + " [Möjlighet, Utmaning, Insikt]");
    assertRefused(book -> set(book, ITEMS, "D3", "Lite"), "'Möjligheter och utmaningar'!D3: \"Lite\" is not one of");
  }

  @Test
  void refusesRanksThatAreNotWholeNumbersOrLeaveAGap() {
    assertRefused(book -> set(book, PRIORITIES, "C3", "två"), "Prioriteringar!C3: \"två\" is not a rank");
    assertRefused(book -> number(book, PRIORITIES, "C3", 2.5), "Prioriteringar!C3: 2.5 is not a rank; write a whole number");
    assertRefused(book -> number(book, PRIORITIES, "C5", 7), "Prioriteringar!C5: rank 7 leaves a gap: the meeting"
        + " \"Bolagsdagen\" has ranks 1, 2, 3, 7; number its 4 priorities 1 to 4");
    assertRefused(book -> number(book, PRIORITIES, "C3", 1), "rank 1 is given twice");
  }

  @Test
  void refusesAMeetingIdThatDoesNotExist() {
    assertRefused(book -> set(book, PRIORITIES, "J2", "okand-2024-01-01"),
        "Prioriteringar!J2: there is no meeting with the id \"okand-2024-01-01\" on the overview");
  }

  @Test
  void refusesAMeetingTitleThatIsNotTheRowsMeeting() {
    assertRefused(book -> set(book, ITEMS, "A2", "Företagsdagen"),
        "'Möjligheter och utmaningar'!A2: \"Företagsdagen\" is not the title of the meeting");
  }

  @Test
  void refusesAFormulaWhereTextBelongs() {
    assertRefused(book -> fresh(book.getSheet(ITEMS).getRow(1), 5).setCellFormula("UPPER(\"x\")"),
        "'Möjligheter och utmaningar'!F2: holds the formula =UPPER(\"x\"); rusdialog reads values only");
  }

  @Test
  void refusesAMissingColumn() {
    assertRefused(book -> book.getSheet(PRIORITIES).getRow(0).getCell(2).setBlank(),
        "Prioriteringar!A1: the column 'Rang' is missing");
  }

  @Test
  void refusesRowsOfOneAreaThatDisagreeOnCoverage() {
    assertRefused(book -> set(book, ITEMS, "D3", "Indirekt"),
        "'Möjligheter och utmaningar'!D3: the coverage \"Indirekt\" differs from \"Direkt\" in"
            + " 'Möjligheter och utmaningar'!D2");
  }

  @Test
  void refusesAnItemMovedIntoAnAreaWithAnotherCoverageUntilTheRowsAgree() {
    assertRefused(book -> set(book, ITEMS, "C2", SKILLS), "'Möjligheter och utmaningar'!D");
    assertRefused(book -> set(book, ITEMS, "C2", SKILLS), "the coverage \"Indirekt\" differs from \"Direkt\"");
  }

  @Test
  void refusesTextWithoutTypeAndTypeWithoutText() {
    assertRefused(book -> book.getSheet(ITEMS).getRow(1).getCell(4).setBlank(),
        "'Möjligheter och utmaningar'!E2: the text");
    assertRefused(book -> book.getSheet(ITEMS).getRow(1).getCell(5).setBlank(),
        "'Möjligheter och utmaningar'!F2: the Möjlighet has no text");
  }

  @Test
  void refusesWhatTheModelRefusesAtTheRowItCameFrom() {
    assertRefused(book -> set(book, "Översikt", "C" + (overviewHeader(book) + 2), "Unga, Kommunen, unga"),
        "Översikt!J7: the meeting \"Bolagsdagen\": participants[2].name: \"unga\" is listed twice");
  }

  @Test
  void refusesStrictOpenXmlAndAPasswordInOurWords() throws Exception {
    ByteArrayOutputStream book = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("Blad1");
      workbook.write(book);
    }
    ByteArrayOutputStream strict = new ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(
        book.toByteArray())); java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(strict)) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        // Excel's "Strict Open XML Spreadsheet" relates its parts by the ISO namespaces.
        out.write(text.replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
            "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    // POI says "Strict OOXML isn't currently supported": this fails if a POI upgrade changes the words.
    assertThatThrownBy(() -> read(strict.toByteArray())).hasMessage("dialog.xlsx: the file is saved as Strict Open"
        + " XML, which rusdialog cannot read; in Excel choose File → Save As and the type Excel Workbook (.xlsx),"
        + " not Strict Open XML");

    ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
      var encryptor = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile)
          .getEncryptor();
      encryptor.confirmPassword("hemligt");
      try (java.io.OutputStream out = encryptor.getDataStream(fs)) {
        out.write(book.toByteArray());
      }
      fs.writeFilesystem(encrypted);
    }
    var source = io.github.rusdialog.read.DialogueSource.of("dialog.xlsx", encrypted.toByteArray());
    assertThat(source.kind()).isEqualTo(io.github.rusdialog.read.DialogueSource.Kind.ENCRYPTED);
    Path file = Files.write(Files.createTempDirectory("encrypted").resolve("dialog.xlsx"), encrypted.toByteArray());
    assertThatThrownBy(() -> io.github.rusdialog.read.DialogueReaders.load().read(file))
        .hasMessageContaining("dialog.xlsx: is password-protected, so its content cannot be read; remove the password");
  }

  @Test
  void refusesWorkbooksRusdialogDidNotWrite() throws IOException {
    ByteArrayOutputStream other = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("Blad1").createRow(0).createCell(0).setCellValue("x");
      book.write(other);
    }
    assertThatThrownBy(() -> read(other.toByteArray())).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("dialog.xlsx: this workbook was not written by rusdialog");
    assertThatThrownBy(() -> read("not a zip".getBytes())).hasMessage("dialog.xlsx: the file is not an Office"
        + " Open XML file (a zip archive with the parts of an Office document); open it in Excel and save it again as"
        + " Excel Workbook (.xlsx)");
    assertThatThrownBy(() -> read(new byte[0])).hasMessage("dialog.xlsx: the file is empty; it is not a workbook");
  }

  @Test
  void keepsPoisLimitsAgainstZipBombs() throws IOException {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
          + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes());
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        zip.write(spaces);
      }
    }
    assertThatThrownBy(() -> read(bomb.toByteArray())).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("dialog.xlsx: the file looks like a zip bomb: a part of it expands far beyond its");
  }

  // ---- helpers

  private static Meeting meeting(WorkbookImport read) {
    return read.dialogue().meetings().get(0);
  }

  private void assertRefused(Consumer<XSSFWorkbook> change, String message) {
    assertThatThrownBy(() -> edit(seed, change)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(message);
  }

  /** Exports, applies the change as a spreadsheet program would, saves and reads back. */
  static WorkbookImport edit(Dialogue dialogue, Consumer<XSSFWorkbook> change) throws IOException {
    byte[] exported = Workbooks.export(dialogue, io.github.rusdialog.export.ExportOptions.builder()
        .generatedAt(Workbooks.GENERATED_AT).build());
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    try (XSSFWorkbook book = Workbooks.open(exported)) {
      change.accept(book);
      book.write(saved);
    }
    return read(saved.toByteArray());
  }

  private static WorkbookImport read(byte[] bytes) throws IOException {
    return WorkbookReader.create().read(new ByteArrayInputStream(bytes), "dialog.xlsx");
  }

  private static int overviewHeader(XSSFWorkbook book) {
    return book.getSheet("Översikt").getTables().get(0).getStartRowIndex();
  }

  private static Cell cell(XSSFWorkbook book, String sheet, String ref) {
    org.apache.poi.ss.util.CellReference at = new org.apache.poi.ss.util.CellReference(ref);
    XSSFSheet s = book.getSheet(sheet);
    Row row = s.getRow(at.getRow()) == null ? s.createRow(at.getRow()) : s.getRow(at.getRow());
    return fresh(row, at.getCol());
  }

  /**
   * A new cell in place of the old one, keeping its style. POI's setCellValue on an inline-string
   * cell (which SXSSF writes) keeps the old inline text, so editing one in place would not edit it.
   */
  private static Cell fresh(Row row, int column) {
    Cell old = row.getCell(column);
    if (old == null) {
      return row.createCell(column);
    }
    var style = old.getCellStyle();
    row.removeCell(old);
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    return cell;
  }

  private static void set(XSSFWorkbook book, String sheet, String ref, String value) {
    cell(book, sheet, ref).setCellValue(value);
  }

  private static void number(XSSFWorkbook book, String sheet, String ref, double value) {
    cell(book, sheet, ref).setCellValue(value);
  }

  /** Reverses the data rows' values below the header, as sorting descending by a column would. */
  private static void reverseRows(XSSFSheet sheet) {
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      rows.add(values(sheet.getRow(r)));
    }
    java.util.Collections.reverse(rows);
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      write(sheet.getRow(r), rows.get(r - 1));
    }
  }

  private static void swapColumns(XSSFSheet sheet, int a, int b) {
    for (Row row : sheet) {
      List<Object> values = values(row);
      Object first = values.get(a);
      values.set(a, values.get(b));
      values.set(b, first);
      write(row, values);
    }
  }

  private static List<Object> values(Row row) {
    List<Object> values = new ArrayList<>();
    for (int c = 0; c < 12; c++) {
      Cell cell = row.getCell(c);
      values.add(cell == null ? null : switch (cell.getCellType()) {
        case NUMERIC -> cell.getNumericCellValue();
        case STRING -> cell.getStringCellValue();
        default -> null;
      });
    }
    return values;
  }

  private static void write(Row row, List<Object> values) {
    for (int c = 0; c < values.size(); c++) {
      Object value = values.get(c);
      Cell cell = fresh(row, c);
      if (value == null) {
        cell.setBlank();
      } else if (value instanceof Double number) {
        cell.setCellValue(number);
      } else {
        cell.setCellValue((String) value);
      }
    }
  }
}
