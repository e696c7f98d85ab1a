package io.github.rusdialog.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.testkit.SampleMeetings;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExcelSynthesisTest {

  @Test
  void writesTheSynthesisSheetWithTablesAndAChart() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.read(SampleMeetings.threeMeetings())) {
      assertThat(workbook.getSheetName(1)).isEqualTo("Sammanställning");
      XSSFSheet sheet = workbook.getSheet("Sammanställning");
      List<XSSFTable> tables = sheet.getTables();
      assertThat(tables).extracting(XSSFTable::getName)
          .containsExactlyInAnyOrder("SynthesisParticipation", "SynthesisPriorities", "SynthesisCoverage",
              "SynthesisResponsesByMeeting", "SynthesisResponsesByArea");
      XSSFTable byMeeting = tables.stream().filter(t -> t.getName().equals("SynthesisResponsesByMeeting"))
          .findFirst().orElseThrow();
      int youth = byMeeting.getEndRowIndex();
      assertThat(Workbooks.string(sheet, youth, 0)).isEqualTo("Ungdomsdialog Luleå");
      assertThat(java.util.stream.IntStream.rangeClosed(1, 5).map(c -> (int) sheet.getRow(youth).getCell(c)
          .getNumericCellValue()).toArray()).containsExactly(1, 0, 1, 0, 3);
      assertThat(Workbooks.string(sheet, byMeeting.getStartRowIndex(), 1)).isEqualTo("Tas med i strategin");
      XSSFTable participation = tables.stream().filter(t -> t.getName().equals("SynthesisParticipation"))
          .findFirst().orElseThrow();
      int people = participation.getEndColIndex();
      assertThat(Workbooks.string(sheet, participation.getStartRowIndex(), people)).isEqualTo("Personer");
      List<String> peopleColumn = new java.util.ArrayList<>();
      for (int r = participation.getStartRowIndex() + 1; r <= participation.getEndRowIndex(); r++) {
        org.apache.poi.ss.usermodel.Cell cell = sheet.getRow(r).getCell(people);
        peopleColumn.add(Workbooks.string(sheet, r, 0) + "=" + (cell == null ? "" : (int) cell.getNumericCellValue()));
      }
      assertThat(peopleColumn).contains("Unga=12", "Akademi=3", "Kommun=");
      assertThat(Workbooks.allText(workbook)).contains("Antal personer enligt sammanfattningarna: 15 (från 1 av 3 möten).",
          "Möten utan antal deltagare", "Bolagsdagen, Kommundialog Överkalix");
      XSSFTable priorities = tables.stream().filter(t -> t.getName().equals("SynthesisPriorities"))
          .findFirst().orElseThrow();
      int first = priorities.getStartRowIndex() + 1;
      assertThat(Workbooks.string(sheet, first, 0)).isEqualTo("Kompetensförsörjning");
      assertThat(sheet.getRow(first).getCell(1).getNumericCellValue()).isEqualTo(2);
      assertThat(sheet.getRow(first).getCell(2).getNumericCellValue()).isEqualTo(2);
      assertThat(sheet.getRow(first).getCell(3).getNumericCellValue()).isEqualTo(1.0);
      assertThat(sheet.getRow(first).getCell(4).getNumericCellValue()).isEqualTo(6);
      assertThat(Workbooks.string(sheet, first, 5))
          .as("meetings by title, not id").isEqualTo("Kommundialog Överkalix, Ungdomsdialog Luleå");
      assertThat(Workbooks.string(sheet, first + 1, 0)).isEqualTo("Boende och Infrastruktur");
      assertThat(priorities.getEndRowIndex() - priorities.getStartRowIndex()).isEqualTo(8);

      List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
      assertThat(charts).hasSize(1);
      var series = charts.get(0).getChartSeries().get(0).getSeries(0);
      assertThat(series.getCategoryData().getPointCount()).isEqualTo(8);
      assertThat(series.getCategoryData().getPointAt(0)).isEqualTo("Kompetensförsörjning");
      assertThat(series.getValuesData().getPointAt(0).intValue()).isEqualTo(6);
      assertThat(series.getValuesData().getDataRangeReference()).isEqualTo(
          "'Sammanställning'!$E$" + (first + 1) + ":$E$" + (first + 8));

      XSSFTable coverage = tables.stream().filter(t -> t.getName().equals("SynthesisCoverage"))
          .findFirst().orElseThrow();
      int skills = coverage.getStartRowIndex() + 2;
      assertThat(Workbooks.string(sheet, skills, 0))
          .isEqualTo("Väl fungerande kompetensförsörjning och kompetensutveckling");
      double[] figures = new double[7];
      for (int c = 0; c < 7; c++) {
        figures[c] = sheet.getRow(skills).getCell(1 + c).getNumericCellValue();
      }
      assertThat(figures).containsExactly(1, 2, 0, 0, 1, 1, 3);
      assertThat(Workbooks.allText(workbook)).contains("Hördes inte", "Region");
    }
  }

  @Test
  void leavesTheSynthesisOutForOneMeeting() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.read(SampleMeetings.seedDialogue())) {
      assertThat(workbook.getSheet("Sammanställning")).isNull();
    }
  }
}
