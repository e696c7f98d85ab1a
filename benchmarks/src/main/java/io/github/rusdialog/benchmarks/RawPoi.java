package io.github.rusdialog.benchmarks;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The baseline: what a developer would write by hand with POI's SXSSF to produce the same
 * workbook — overview, priorities, items and participants sheets as Excel tables with autofilter,
 * frozen header and landscape print setup, and one sheet per meeting (up to 30), with the same
 * cells and styles. It leaves out the synthesis sheet and its chart (only written for several
 * meetings), fitted column widths and row heights, and the checks before writing.
 */
public final class RawPoi {
  private RawPoi() {}

  public static void write(Dialogue dialogue, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      CellStyle wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle number = workbook.createCellStyle();
      number.setDataFormat(workbook.createDataFormat().getFormat("0"));

      SXSSFSheet overview = workbook.createSheet("Översikt");
      headerRow(overview, header, "Datum", "Möte", "Deltagare", "Prioriteringar", "Möjligheter", "Utmaningar", "Insikter", "Inledning", "Möte-id");
      int r = 1;
      for (Meeting meeting : dialogue.meetings()) {
        Row row = overview.createRow(r++);
        row.createCell(0).setCellValue(meeting.date());
        row.getCell(0).setCellStyle(date);
        text(row, 1, meeting.title(), wrapped);
        text(row, 2, meeting.participants().stream().map(StakeholderGroup::name).collect(Collectors.joining(", ")), wrapped);
        count(row, 3, meeting.priorities().size(), number);
        count(row, 4, meeting.areas().stream().mapToInt(a -> a.opportunities().size()).sum(), number);
        count(row, 5, meeting.areas().stream().mapToInt(a -> a.challenges().size()).sum(), number);
        count(row, 6, meeting.areas().stream().mapToInt(a -> a.insights().size()).sum(), number);
        meeting.summary().ifPresent(summary -> text(row, 7, summary, wrapped));
        text(row, 8, meeting.id(), wrapped);
      }

      SXSSFSheet priorities = workbook.createSheet("Prioriteringar");
      headerRow(priorities, header, "Möte", "Datum", "Rang", "Område", "Beskrivning", "Angiven",
          "Strategiskt område 1", "Strategiskt område 2", "Strategiskt område 3", "Möte-id");
      r = 1;
      for (Meeting meeting : dialogue.meetings()) {
        for (PriorityArea priority : meeting.priorities()) {
          Row row = priorities.createRow(r++);
          text(row, 0, meeting.title(), wrapped);
          row.createCell(1).setCellValue(meeting.date());
          row.getCell(1).setCellStyle(date);
          count(row, 2, priority.rank(), number);
          text(row, 3, priority.title(), wrapped);
          priority.description().ifPresent(d -> text(row, 4, d, wrapped));
          text(row, 5, priority.stated().id(), wrapped);
          for (int a = 0; a < priority.areas().size(); a++) {
            text(row, 6 + a, dialogue.strategicArea(priority.areas().get(a)).title(), wrapped);
          }
          text(row, 9, meeting.id(), wrapped);
        }
      }

      table(workbook, overview, "Meetings", dialogue.meetings().size(),
          List.of("Datum", "Möte", "Deltagare", "Prioriteringar", "Möjligheter", "Utmaningar", "Insikter", "Inledning",
              "Möte-id"));
      table(workbook, priorities, "Priorities", r - 1, List.of("Möte", "Datum", "Rang", "Område", "Beskrivning",
          "Angiven", "Strategiskt område 1", "Strategiskt område 2", "Strategiskt område 3", "Möte-id"));
      dropdown(priorities, 5, "lists_stated", r - 1);
      for (int a = 6; a <= 8; a++) {
        dropdown(priorities, a, "lists_areas", r - 1);
      }

      SXSSFSheet items = workbook.createSheet("Möjligheter och utmaningar");
      headerRow(items, header, "Möte", "Datum", "Strategiskt område", "Täckning", "Typ", "Text", "Anteckning",
          "Ordning", "Möte-id");
      r = 1;
      for (Meeting meeting : dialogue.meetings()) {
        for (AreaInput input : meeting.areas()) {
          String area = dialogue.strategicArea(input.area()).title();
          r = itemRows(items, r, meeting, input, area, input.opportunities(), "Möjlighet", wrapped, date);
          r = itemRows(items, r, meeting, input, area, input.challenges(), "Utmaning", wrapped, date);
          r = itemRows(items, r, meeting, input, area, input.insights(), "Insikt", wrapped, date);
        }
      }

      table(workbook, items, "Items", r - 1,
          List.of("Möte", "Datum", "Strategiskt område", "Täckning", "Typ", "Text", "Anteckning", "Ordning", "Möte-id"));
      dropdown(items, 2, "lists_areas", r - 1);
      dropdown(items, 3, "lists_coverage", r - 1);
      dropdown(items, 4, "lists_types", r - 1);

      SXSSFSheet participants = workbook.createSheet("Deltagare");
      java.util.Map<String, Integer> columns = new java.util.LinkedHashMap<>();
      for (Meeting meeting : dialogue.meetings()) {
        for (StakeholderGroup group : meeting.participants()) {
          columns.putIfAbsent(group.name().toLowerCase(java.util.Locale.ROOT), 2 + columns.size());
        }
      }
      List<String> names = new java.util.ArrayList<>(List.of("Möte", "Datum"));
      for (Meeting meeting : dialogue.meetings()) {
        for (StakeholderGroup group : meeting.participants()) {
          if (columns.get(group.name().toLowerCase(java.util.Locale.ROOT)) == names.size()) {
            names.add(group.name());
          }
        }
      }
      headerRow(participants, header, names.toArray(String[]::new));
      r = 1;
      for (Meeting meeting : dialogue.meetings()) {
        Row row = participants.createRow(r++);
        text(row, 0, meeting.title(), wrapped);
        row.createCell(1).setCellValue(meeting.date());
        row.getCell(1).setCellStyle(date);
        for (StakeholderGroup group : meeting.participants()) {
          count(row, columns.get(group.name().toLowerCase(java.util.Locale.ROOT)), 1, number);
        }
      }
      table(workbook, participants, "Participants", r - 1, names);

      if (dialogue.meetings().size() <= 30) {
        for (Meeting meeting : dialogue.meetings()) {
          SXSSFSheet sheet = workbook.createSheet(meeting.title().replaceAll("[\\[\\]:*?/\\\\]", " ")
              .substring(0, Math.min(31, meeting.title().length())));
          int m = 0;
          text(sheet.createRow(m++), 1, meeting.title(), header);
          meeting.summary().ifPresent(s -> text(sheet.createRow(2), 1, s, wrapped));
          m = 4;
          for (PriorityArea priority : meeting.priorities()) {
            Row row = sheet.createRow(m++);
            count(row, 0, priority.rank(), number);
            text(row, 1, priority.title(), header);
            priority.description().ifPresent(d -> text(row, 2, d, wrapped));
          }
          for (AreaInput input : meeting.areas()) {
            text(sheet.createRow(m++), 1, dialogue.strategicArea(input.area()).title(), header);
            int rows = Math.max(input.opportunities().size(), input.challenges().size());
            for (int i = 0; i < rows; i++) {
              Row row = sheet.createRow(m++);
              if (i < input.opportunities().size()) {
                text(row, 1, input.opportunities().get(i).text(), wrapped);
              }
              if (i < input.challenges().size()) {
                text(row, 2, input.challenges().get(i).text(), wrapped);
              }
            }
            for (AreaItem insight : input.insights()) {
              text(sheet.createRow(m++), 1, insight.text(), wrapped);
            }
          }
        }
      }
      hiddenSheet(workbook, dialogue);
      workbook.write(out);
    }
  }

  /** The very hidden sheet a workbook needs to be read back, with the drop-downs' lists. */
  private static void hiddenSheet(SXSSFWorkbook workbook, Dialogue dialogue) {
    List<String[]> rows = new java.util.ArrayList<>();
    rows.add(new String[] {"rusdialog-workbook", "1"});
    rows.add(new String[] {"locale", "sv-SE"});
    dialogue.strategicAreas().forEach(a -> rows.add(new String[] {"area", a.id(), a.title()}));
    for (Meeting meeting : dialogue.meetings()) {
      rows.add(new String[] {"meeting", meeting.id(), meeting.title(), meeting.date().toString()});
      meeting.participants().forEach(g -> rows.add(new String[] {"participant", meeting.id(), g.name(), g.kind().id()}));
    }
    List<List<String>> lists = List.of(dialogue.strategicAreas().stream().map(a -> a.title()).toList(),
        List.of("Möjlighet", "Utmaning", "Insikt"), List.of("Direkt", "Indirekt", "Inte diskuterat"),
        List.of("Uttalad", "Underförstådd"));
    SXSSFSheet sheet = workbook.createSheet("rusdialog");
    for (int r = 0; r < Math.max(rows.size(), lists.get(0).size()); r++) {
      Row row = sheet.createRow(r);
      if (r < rows.size()) {
        for (int c = 0; c < rows.get(r).length; c++) {
          row.createCell(c).setCellValue(rows.get(r)[c]);
        }
      }
      for (int l = 0; l < lists.size(); l++) {
        if (r < lists.get(l).size()) {
          row.createCell(5 + l).setCellValue(lists.get(l).get(r));
        }
      }
    }
    sheet.protectSheet("rusdialog");
    workbook.setSheetVisibility(workbook.getSheetIndex(sheet), org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
    String[] names = {"lists_areas", "lists_types", "lists_coverage", "lists_stated"};
    int[] sizes = {lists.get(0).size(), 3, 3, 2};
    for (int i = 0; i < names.length; i++) {
      org.apache.poi.ss.usermodel.Name name = workbook.createName();
      name.setNameName(names[i]);
      char column = (char) ('F' + i);
      name.setRefersToFormula("rusdialog!$" + column + "$1:$" + column + "$" + Math.max(1, sizes[i]));
    }
  }

  /** A drop-down of a named list over the column's rows and 1,000 below. */
  private static void dropdown(SXSSFSheet sheet, int column, String list, int rows) {
    var helper = sheet.getDataValidationHelper();
    var validation = helper.createValidation(helper.createFormulaListConstraint(list),
        new org.apache.poi.ss.util.CellRangeAddressList(1, Math.max(1, rows) + 1000, column, column));
    validation.setSuppressDropDownArrow(true);
    validation.setShowErrorBox(true);
    sheet.addValidationData(validation);
  }

  /** An Excel table over the header and rows, as the exporter makes, with the print setup. */
  private static void table(SXSSFWorkbook workbook, SXSSFSheet sheet, String name, int rows, List<String> headers) {
    int columns = headers.size();
    AreaReference area = new AreaReference(new CellReference(0, 0),
        new CellReference(Math.max(rows, 1), columns - 1), SpreadsheetVersion.EXCEL2007);
    XSSFTable table = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName()).createTable(area);
    table.setName(name);
    table.setDisplayName(name);
    for (int c = 0; c < columns; c++) {
      table.getCTTable().getTableColumns().getTableColumnArray(c).setName(headers.get(c));
    }
    table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
    table.getCTTable().addNewTableStyleInfo().setName("TableStyleMedium2");
    sheet.createFreezePane(0, 1);
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setFitToPage(true);
  }

  private static int itemRows(SXSSFSheet sheet, int r, Meeting meeting, AreaInput input, String area,
      List<? extends AreaItem> items, String type, CellStyle wrapped, CellStyle date) {
    for (AreaItem item : items) {
      Row row = sheet.createRow(r++);
      text(row, 0, meeting.title(), wrapped);
      row.createCell(1).setCellValue(meeting.date());
      row.getCell(1).setCellStyle(date);
      text(row, 2, area, wrapped);
      text(row, 3, input.coverage().id(), wrapped);
      text(row, 4, type, wrapped);
      text(row, 5, item.text(), wrapped);
      if (input.note().isPresent()) {
        text(row, 6, input.note().get(), wrapped);
      }
      row.createCell(7).setCellValue(r - 1);
      text(row, 8, meeting.id(), wrapped);
    }
    return r;
  }

  private static void headerRow(SXSSFSheet sheet, CellStyle style, String... names) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < names.length; c++) {
      text(row, c, names[c], style);
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    row.createCell(column).setCellValue(value);
    row.getCell(column).setCellStyle(style);
  }

  private static void count(Row row, int column, int value, CellStyle style) {
    row.createCell(column).setCellValue(value);
    row.getCell(column).setCellStyle(style);
  }
}
