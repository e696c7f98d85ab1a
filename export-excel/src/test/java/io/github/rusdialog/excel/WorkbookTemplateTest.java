package io.github.rusdialog.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.model.Stated;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The workbook of a dialogue without meetings is the template an official fills in: it offers the
 * drop-downs, keeps its format sheet hidden and protected, and reads back like any export.
 */
class WorkbookTemplateTest {
  private static final Dialogue EMPTY = Dialogue.builder()
      .strategicAreas(StrategicAreaCatalogue.norrbotten().areas()).build();

  @Test
  void offersTheDropDownsAndHidesTheFormatSheet() throws IOException {
    try (XSSFWorkbook book = Workbooks.open(Workbooks.export(EMPTY, ExportOptions.defaults()))) {
      int meta = book.getSheetIndex(WorkbookFormat.META_SHEET);
      assertThat(book.getSheetVisibility(meta)).isEqualTo(SheetVisibility.VERY_HIDDEN);
      assertThat(book.getSheetAt(meta).getProtect()).isTrue();
      assertThat(book.getName("rusdialog_areas").getRefersToFormula()).isEqualTo("rusdialog!$F$1:$F$4");
      List<? extends DataValidation> priorities = book.getSheet("Prioriteringar").getDataValidations();
      assertThat(priorities).extracting(v -> v.getValidationConstraint().getFormula1())
          .containsExactlyInAnyOrder("rusdialog_stated", "rusdialog_areas", "rusdialog_areas", "rusdialog_areas",
              "rusdialog_status");
      assertThat(priorities).allSatisfy(v -> {
        assertThat(v.getRegions().getCellRangeAddress(0).getLastRow()).isGreaterThanOrEqualTo(1000);
        assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
      });
      assertThat(book.getSheet("Möjligheter och utmaningar").getDataValidations())
          .extracting(v -> v.getValidationConstraint().getFormula1())
          .containsExactlyInAnyOrder("rusdialog_areas", "rusdialog_coverage", "rusdialog_types", "rusdialog_status");
      assertThat(book.getName("rusdialog_status").getRefersToFormula()).isEqualTo("rusdialog!$J$1:$J$4");
      assertThat(book.getSheet(WorkbookFormat.META_SHEET).getRow(2).getCell(9).getStringCellValue())
          .isEqualTo("Tas inte med");
      XSSFSheet lists = book.getSheet(WorkbookFormat.META_SHEET);
      assertThat(lists.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Möjlighet");
      assertThat(lists.getRow(2).getCell(6).getStringCellValue()).isEqualTo("Insikt");
    }
  }

  @Test
  void readsAMeetingWrittenIntoTheTemplate() throws IOException {
    ByteArrayOutputStream filled = new ByteArrayOutputStream();
    try (XSSFWorkbook book = Workbooks.open(Workbooks.export(EMPTY, ExportOptions.defaults()))) {
      XSSFSheet overview = book.getSheet("Översikt");
      Row meeting = overview.createRow(overview.getTables().get(0).getStartRowIndex() + 1);
      meeting.createCell(0).setCellValue("2025-02-03");
      meeting.createCell(1).setCellValue("Dialog med civilsamhället");
      meeting.createCell(2).setCellValue("Civilsamhälle, Unga");
      meeting.createCell(8).setCellValue("Ett möte i Kiruna.");
      XSSFSheet priorities = book.getSheet("Prioriteringar");
      row(priorities, 1, "Dialog med civilsamhället", null, 2.0, "Föreningsliv", null, "Underförstådd",
          "Goda möjligheter till kultur, boende, arbete och välfärd");
      row(priorities, 2, "Dialog med civilsamhället", null, 1.0, "Ungas inflytande");
      XSSFSheet items = book.getSheet("Möjligheter och utmaningar");
      row(items, 1, "Dialog med civilsamhället", null, "Väl fungerande kompetensförsörjning och kompetensutveckling",
          "Indirekt", "Utmaning", "Unga flyttar för att studera.", "Nämndes i förbigående.");
      row(items, 2, "Dialog med civilsamhället", null, "Väl fungerande kompetensförsörjning och kompetensutveckling",
          null, "Möjlighet", "Distansutbildning.");
      book.write(filled);
    }
    WorkbookImport read = WorkbookReader.create().read(new ByteArrayInputStream(filled.toByteArray()), "mote.xlsx");
    assertThat(read.warnings()).isEmpty();
    Meeting meeting = read.dialogue().meetings().get(0);
    assertThat(meeting.id()).isEqualTo("dialog-med-civilsamhallet-2025-02-03");
    assertThat(meeting.date()).isEqualTo(LocalDate.of(2025, 2, 3));
    assertThat(meeting.summary()).contains("Ett möte i Kiruna.");
    assertThat(meeting.participants()).extracting(g -> g.kind())
        .containsExactly(StakeholderKind.CIVIL_SOCIETY, StakeholderKind.YOUTH);
    assertThat(meeting.priorities()).extracting(p -> p.title()).containsExactly("Ungas inflytande", "Föreningsliv");
    assertThat(meeting.priorities().get(1).stated()).isEqualTo(Stated.IMPLIED);
    assertThat(meeting.priorities().get(1).areas()).containsExactly("culture-housing-work-welfare");
    AreaInput skills = meeting.area("skills").orElseThrow();
    assertThat(skills.coverage()).as("an empty coverage cell takes the area's").isEqualTo(Coverage.INDIRECT);
    assertThat(skills.note()).contains("Nämndes i förbigående.");
    assertThat(skills.challenges()).extracting(c -> c.text()).containsExactly("Unga flyttar för att studera.");
    assertThat(skills.opportunities()).extracting(c -> c.text()).containsExactly("Distansutbildning.");

    // And the filled-in template round-trips like any export.
    WorkbookRoundTripTest.assertRoundTrip(read.dialogue(), ExportOptions.builder()
        .generatedAt(Workbooks.GENERATED_AT).build());
  }

  @Test
  void warnsThatAnUnfilledTemplateHasNoMeetings() throws IOException {
    WorkbookImport read = WorkbookReader.create().read(
        new ByteArrayInputStream(Workbooks.export(EMPTY, ExportOptions.defaults())), "ny.xlsx");
    assertThat(read.dialogue().meetings()).isEmpty();
    assertThat(read.warnings()).singleElement().hasToString("ny.xlsx: Översikt: warning: the meeting table is"
        + " empty, so the dialogue has no meetings; write each meeting's date, title and participants in a row"
        + " of the table");
  }

  private static void row(XSSFSheet sheet, int index, Object... values) {
    Row row = sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
    for (int c = 0; c < values.length; c++) {
      if (values[c] instanceof String text) {
        row.createCell(c).setCellValue(text);
      } else if (values[c] instanceof Double number) {
        row.createCell(c).setCellValue(number);
      }
    }
  }
}
