package io.github.rusdialog.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rusdialog.export.ExportException;
import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.ModelValidationException;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.testkit.DialogueShapes;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PaperSize;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExcelWorkbookTest {

  @Test
  void namesTheSheetsInSwedishAndEnglish() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.read(SampleMeetings.seedDialogue())) {
      assertThat(sheetNames(workbook)).containsExactly("Översikt", "Prioriteringar",
          "Möjligheter och utmaningar", "Deltagare", "Bolagsdagen");
    }
    byte[] english = Workbooks.export(SampleMeetings.seedDialogue(),
        ExportOptions.builder().locale(Locale.ENGLISH).build());
    try (XSSFWorkbook workbook = Workbooks.open(english)) {
      assertThat(sheetNames(workbook)).containsExactly("Overview", "Priorities",
          "Opportunities and challenges", "Participants", "Bolagsdagen");
      assertThat(Workbooks.string(workbook.getSheet("Priorities"), 0, 4)).isEqualTo("Description");
    }
  }

  @Test
  void writesOneRowPerPriorityWithRankAndDateAsNumbers() throws IOException {
    Meeting seed = SampleMeetings.seed();
    try (XSSFWorkbook workbook = Workbooks.read(SampleMeetings.seedDialogue())) {
      XSSFSheet sheet = workbook.getSheet("Prioriteringar");
      assertThat(Workbooks.column(sheet, 0, 0, 0)).containsExactly("Möte");
      assertThat(sheet.getLastRowNum()).isEqualTo(4);
      for (PriorityArea priority : seed.priorities()) {
        int row = priority.rank();
        assertThat(Workbooks.string(sheet, row, 0)).isEqualTo("Bolagsdagen");
        assertThat(sheet.getRow(row).getCell(1).getLocalDateTimeCellValue().toLocalDate())
            .isEqualTo(LocalDate.of(2024, 3, 13));
        assertThat(DateUtil.isCellDateFormatted(sheet.getRow(row).getCell(1))).isTrue();
        assertThat(sheet.getRow(row).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(sheet.getRow(row).getCell(2).getNumericCellValue()).isEqualTo(priority.rank());
        assertThat(Workbooks.string(sheet, row, 3)).isEqualTo(priority.title());
        assertThat(Workbooks.string(sheet, row, 4)).isEqualTo(priority.description().orElseThrow());
      }
      assertThat(Workbooks.string(sheet, 4, 5)).isEqualTo("Underförstådd");
      assertThat(Workbooks.string(sheet, 1, 5)).isEqualTo("Uttalad");
    }
  }

  @Test
  void writesOneRowPerItemWithAreaCoverageTypeAndNote() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.read(SampleMeetings.seedDialogue())) {
      XSSFSheet sheet = workbook.getSheet("Möjligheter och utmaningar");
      assertThat(sheet.getLastRowNum()).isEqualTo(4 + 5 + 2 + 4);
      assertThat(Workbooks.column(sheet, 5, 1, 4)).containsExactly(
          "Norrbottniabanan, 100% digital delaktighet, robusta spårbundna transportlösningar och"
              + " drönartransporter för privatresenärer.",
          "Ökad befolkningstillväxt genom bättre kommunikationer och attraktiv boendemiljö.",
          "Bilberoendet.",
          "Integrera kollektivtrafik i utvecklingen av nya områden från start.");
      assertThat(Workbooks.column(sheet, 4, 1, 4))
          .containsExactly("Möjlighet", "Möjlighet", "Utmaning", "Utmaning");
      assertThat(Workbooks.string(sheet, 1, 2))
          .isEqualTo("God tillgänglighet genom digital kommunikation och transportsystem");
      int skills = 1 + 4 + 5;
      assertThat(Workbooks.column(sheet, 4, skills, skills + 1)).containsExactly("Insikt", "Insikt");
      assertThat(Workbooks.string(sheet, skills, 3)).isEqualTo("Indirekt");
      assertThat(Workbooks.string(sheet, skills, 6))
          .isEqualTo("Detta område nämns inte direkt i svaren, men relaterade insikter kan inkludera:");
      assertThat(Workbooks.string(sheet, skills, 5))
          .isEqualTo("Breddat utbildningsutbud för att öka attraktionen att flytta hit.");
    }
  }

  @Test
  void keepsAnAreaWithoutItemsAsARowWithItsCoverageAndNote() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.read(SampleMeetings.unicodeDialogue())) {
      XSSFSheet sheet = workbook.getSheet("Möjligheter och utmaningar");
      int row = 3;
      assertThat(Workbooks.string(sheet, row, 2))
          .isEqualTo("Innovation och förnyelse samt entreprenörskap och företagande");
      assertThat(Workbooks.string(sheet, row, 3)).isEqualTo("Inte diskuterat");
      assertThat(Workbooks.string(sheet, row, 5)).isNull();
      assertThat(Workbooks.string(sheet, row, 6)).isEqualTo("Detta område diskuterades inte vid mötet.");
    }
  }

  @Test
  void writesTheOverviewWithCountsAsNumbers() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.read(SampleMeetings.seedDialogue())) {
      XSSFSheet sheet = workbook.getSheet("Översikt");
      assertThat(Workbooks.column(sheet, 1, 0, 2))
          .containsExactly("RUS-dialogen", "Region Norrbotten", "2024-03-14 10:30");
      XSSFTable table = sheet.getTables().get(0);
      int header = table.getStartRowIndex();
      assertThat(Workbooks.string(sheet, header, 1)).isEqualTo("Möte");
      assertThat(Workbooks.string(sheet, header + 1, 1)).isEqualTo("Bolagsdagen");
      assertThat(Workbooks.string(sheet, header + 1, 2))
          .isEqualTo("Kommunen, Näringsliv, Minoriteter, Civilsamhälle, Unga, Myndigheter");
      assertThat(Workbooks.string(sheet, header, 3)).isEqualTo("Antal deltagare");
      assertThat(sheet.getRow(header + 1).getCell(3)).as("the seed gives no head count").isNull();
      double[] counts = new double[4];
      for (int c = 0; c < 4; c++) {
        assertThat(sheet.getRow(header + 1).getCell(4 + c).getCellType()).isEqualTo(CellType.NUMERIC);
        counts[c] = sheet.getRow(header + 1).getCell(4 + c).getNumericCellValue();
      }
      assertThat(counts).containsExactly(4, 7, 6, 2);
    }
  }

  /** Issue 18: above the sheet limit the intro was on no sheet at all. */
  @Test
  void keepsEveryMeetingsIntroOnTheOverviewWhateverTheSheetLimit() throws IOException {
    Dialogue dialogue = DialogueShapes.seedRepeated().dialogue();
    try (XSSFWorkbook workbook = Workbooks.read(dialogue)) {
      assertThat(workbook.getSheet("Bolagsdagen 1")).as("above the limit of 30").isNull();
      XSSFSheet sheet = workbook.getSheet("Översikt");
      int header = sheet.getTables().get(0).getStartRowIndex();
      assertThat(Workbooks.string(sheet, header, 8)).isEqualTo("Inledning");
      for (int i = 0; i < dialogue.meetings().size(); i++) {
        assertThat(Workbooks.string(sheet, header + 1 + i, 8))
            .isEqualTo(dialogue.meetings().get(i).summary().orElseThrow());
      }
      assertThat(sheet.getTables().get(0).getEndColIndex()).as("intro, then the meeting id").isEqualTo(9);
    }
  }

  @Test
  void writesTheParticipantsMatrixWithTotalsPerGroupAndKind() throws IOException {
    Dialogue dialogue = SampleMeetings.dialogueOf(SampleMeetings.seed(), SampleMeetings.unicodeHeavy());
    try (XSSFWorkbook workbook = Workbooks.read(dialogue)) {
      XSSFSheet sheet = workbook.getSheet("Deltagare");
      List<String> header = Workbooks.column(sheet, 0, 0, 0);
      assertThat(header).containsExactly("Möte");
      XSSFTable table = sheet.getTables().get(0);
      // 2 fixed columns, 9 groups (Unga in both), 7 kinds, the count of groups, the count of people
      assertThat(table.getEndColIndex()).isEqualTo(2 + 9 + 7 + 1);
      assertThat(Workbooks.string(sheet, 0, 2)).isEqualTo("Kommunen");
      assertThat(Workbooks.string(sheet, 0, 11)).isEqualTo("Slag: Kommun");
      // "Unga" took part in both meetings: total 2 in the row under the table.
      int unga = 6;
      assertThat(Workbooks.string(sheet, 0, unga)).isEqualTo("Unga");
      assertThat(Workbooks.string(sheet, 3, 0)).isEqualTo("Totalt");
      assertThat(sheet.getRow(3).getCell(unga).getNumericCellValue()).isEqualTo(2);
      assertThat(sheet.getRow(3).getCell(table.getEndColIndex() - 1).getNumericCellValue()).isEqualTo(10);
      assertThat(Workbooks.string(sheet, 0, table.getEndColIndex())).isEqualTo("Antal personer");
      assertThat(sheet.getRow(3).getCell(table.getEndColIndex())).as("no summary counts people").isNull();
    }
  }

  @Test
  void makesEveryFlatSheetAFilterableFrozenPrintableTable() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.read(SampleMeetings.seedDialogue())) {
      for (String name : List.of("Översikt", "Prioriteringar", "Möjligheter och utmaningar", "Deltagare")) {
        XSSFSheet sheet = workbook.getSheet(name);
        assertThat(sheet.getTables()).as(name).hasSize(1);
        XSSFTable table = sheet.getTables().get(0);
        int header = table.getStartRowIndex();
        for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
          assertThat(table.getColumns().get(c).getName()).as(name + " column " + c)
              .isEqualTo(Workbooks.string(sheet, header, c));
        }
        // Excel repairs a table whose column count or ids disagree with its range.
        int width = table.getEndColIndex() - table.getStartColIndex() + 1;
        assertThat(table.getCTTable().getTableColumns().getCount()).as(name).isEqualTo(width);
        assertThat(table.getCTTable().getTableColumns().getTableColumnList())
            .extracting(column -> column.getId()).as(name).doesNotHaveDuplicates().hasSize(width);
        assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo(table.getArea().formatAsString());
        assertThat(table.getCTTable().getTableStyleInfo().getName()).isEqualTo("TableStyleMedium2");
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getPrintSetup().getPaperSizeEnum()).isEqualTo(PaperSize.A4_PAPER);
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo((header + 1) + ":" + (header + 1));
        assertThat(sheet.getColumnWidth(table.getStartColIndex())).isGreaterThan(8 * 256);
      }
    }
  }

  @Test
  void setsWorkbookProperties() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.read(SampleMeetings.seedDialogue())) {
      var core = workbook.getProperties().getCoreProperties();
      assertThat(core.getTitle()).isEqualTo("RUS-dialogen");
      assertThat(core.getCreator()).isEqualTo("Region Norrbotten");
      assertThat(core.getSubject()).isEqualTo("Sammanställning av dialogmöten");
      assertThat(core.getKeywords()).contains("RUS");
      assertThat(core.getCreated().toInstant()).isEqualTo(Workbooks.GENERATED_AT);
    }
  }

  @Test
  void writesTheMeetingSheetLikeTheSummary() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.read(SampleMeetings.seedDialogue())) {
      Sheet sheet = workbook.getSheet("Bolagsdagen");
      List<String> left = Workbooks.column(sheet, 1, 0, sheet.getLastRowNum());
      List<String> right = Workbooks.column(sheet, 2, 0, sheet.getLastRowNum());
      assertThat(left.subList(0, 2)).containsExactly("Bolagsdagen", "13 mars 2024");
      assertThat(left).containsSubsequence("Deltagande grupper", "Kommunen", "Myndigheter",
          "Mest prioriterade områden enligt deltagarna", "Boende och Infrastruktur",
          "God tillgänglighet genom digital kommunikation och transportsystem", "Möjligheter",
          "Väl fungerande kompetensförsörjning och kompetensutveckling",
          "Detta område nämns inte direkt i svaren, men relaterade insikter kan inkludera:",
          "Relaterade insikter", "Breddat utbildningsutbud för att öka attraktionen att flytta hit.");
      int opportunities = left.indexOf("Möjligheter");
      assertThat(right.get(opportunities)).isEqualTo("Utmaningar");
      assertThat(right.get(opportunities + 1)).isEqualTo("Bilberoendet.");
      assertThat(left).doesNotContain("Utmaningar");
    }
  }

  @Test
  void keepsFormulaLikeTextAsText() throws IOException {
    Meeting meeting = Meeting.builder().title("=HYPERLINK(\"http://x\")").date(LocalDate.of(2024, 1, 2))
        .addPriorities(PriorityArea.builder().rank(1).title("+46 70 123 45 67")
            .description("-30 grader").build(),
            PriorityArea.builder().rank(2).title("@namn").description("=1+1").build())
        .build();
    try (XSSFWorkbook workbook = Workbooks.read(SampleMeetings.dialogueOf(meeting))) {
      XSSFSheet sheet = workbook.getSheet("Prioriteringar");
      for (int row = 1; row <= 2; row++) {
        for (int column : new int[] {0, 3, 4}) {
          assertThat(sheet.getRow(row).getCell(column).getCellType()).isEqualTo(CellType.STRING);
        }
      }
      assertThat(Workbooks.column(sheet, 3, 1, 2)).containsExactly("+46 70 123 45 67", "@namn");
      assertThat(Workbooks.column(sheet, 4, 1, 2)).containsExactly("-30 grader", "=1+1");
      assertThat(Workbooks.string(sheet, 1, 0)).isEqualTo("=HYPERLINK(\"http://x\")");
      assertThat(sheetNames(workbook)).contains("=HYPERLINK(\"http x\")");
    }
  }

  @Test
  void refusesATextLongerThanACellBeforeWritingAByte() {
    Meeting meeting = Meeting.builder().title("Lång").date(LocalDate.of(2024, 1, 2))
        .addAreas(AreaInput.builder().area("skills")
            .addOpportunities(Opportunity.of("kort"), Opportunity.of("å".repeat(44_000))).build())
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> new ExcelExporter().export(SampleMeetings.dialogueOf(meeting),
        ExportOptions.defaults(), out))
        .isInstanceOf(ExportException.class)
        .hasMessage("Meeting \"Lång\" (lang-2024-01-02), areas[skills].opportunities[1]: the text has"
            + " 44,000 characters, more than the 32,767 an Excel cell holds; the workbook would have to"
            + " cut it. Shorten the text, or export to PDF or JSON, which keep it whole");
    assertThat(out.size()).isZero();
  }

  @Test
  void acceptsATextOfExactlyTheCellLimit() throws IOException {
    String longest = "ŋ".repeat(Cells.MAX_CELL_CHARS);
    Meeting meeting = Meeting.builder().title("Gräns").date(LocalDate.of(2024, 1, 2))
        .addAreas(AreaInput.builder().area("skills").addOpportunities(Opportunity.of(longest)).build())
        .build();
    try (XSSFWorkbook workbook = Workbooks.read(SampleMeetings.dialogueOf(meeting))) {
      assertThat(Workbooks.string(workbook.getSheet("Möjligheter och utmaningar"), 1, 5)).isEqualTo(longest);
    }
  }

  @Test
  void charactersPoiWouldReplaceCannotReachTheExporter() {
    for (String text : List.of("a\u0001b", "a\u000Bb", "a\uFFFEb", "a\uD800b")) {
      assertThatThrownBy(() -> Opportunity.of(text)).isInstanceOf(ModelValidationException.class);
    }
  }

  @Test
  void makesValidUniqueSheetNamesFromOddTitles() throws IOException {
    Meeting odd = Meeting.builder().id("a-2024-01-02").title("Möte: [Del 1/2] * ? \\ en mycket lång titel som inte får plats")
        .date(LocalDate.of(2024, 1, 2)).build();
    Meeting sameIgnoringCase = Meeting.builder().id("b-2024-01-02")
        .title("MÖTE: [DEL 1/2] * ? \\ EN MYCKET LÅNG TITEL SOM INTE FÅR PLATS").date(LocalDate.of(2024, 1, 2)).build();
    Meeting clash = Meeting.builder().title("översikt").date(LocalDate.of(2024, 1, 3)).build();
    try (XSSFWorkbook workbook = Workbooks.read(SampleMeetings.dialogueOf(odd, sameIgnoringCase, clash))) {
      List<String> names = sheetNames(workbook);
      assertThat(names).hasSize(8);
      assertThat(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct()).hasSize(8);
      for (String name : names) {
        assertThat(name.length()).isLessThanOrEqualTo(31);
        assertThat(name).doesNotContain("[", "]", ":", "*", "?", "/", "\\");
      }
      // Meetings are ordered by date, then title: the capitals come first.
      assertThat(names.subList(5, 8)).containsExactly(
          "MÖTE DEL 1 2 EN MYCKET LÅNG TIT", "Möte Del 1 2 en mycket lång (2)", "översikt (2)");
    }
  }

  @Test
  void leavesMeetingSheetsOutAboveTheLimitAndSaysSo() throws IOException {
    Dialogue dialogue = SampleMeetings.dialogueOf(SampleMeetings.seed(), SampleMeetings.unicodeHeavy());
    byte[] bytes = Workbooks.export(dialogue, ExportOptions.builder()
        .putSettings(ExcelExporter.MEETING_SHEET_LIMIT, "1").build());
    try (XSSFWorkbook workbook = Workbooks.open(bytes)) {
      assertThat(sheetNames(workbook)).as("four flat sheets and the synthesis").hasSize(5);
      assertThat(Workbooks.allText(workbook)).contains("Arbetsboken har 2 möten, fler än gränsen 1"
          + " för ett blad per möte; se de sammanställda bladen.");
    }
  }

  @Test
  void deletesItsTemporaryFilesEvenWhenTheWriteFails() throws IOException {
    Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
    long before = count(poiFiles);
    OutputStream failing = new OutputStream() {
      private int written;

      @Override
      public void write(int b) throws IOException {
        if (++written > 100) {
          throw new IOException("disk full");
        }
      }
    };
    assertThatThrownBy(() -> new ExcelExporter().export(SampleMeetings.seedDialogue(),
        ExportOptions.defaults(), failing)).isInstanceOf(IOException.class).hasMessageContaining("disk full");
    assertThat(count(poiFiles)).isEqualTo(before);
  }

  private static long count(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }

  /** The sheets people see; the hidden one for reading back is tested in {@link WorkbookFormatTest}. */
  private static List<String> sheetNames(XSSFWorkbook workbook) {
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      if (workbook.getSheetVisibility(i) == org.apache.poi.ss.usermodel.SheetVisibility.VISIBLE) {
        names.add(workbook.getSheetName(i));
      }
    }
    return names;
  }
}
