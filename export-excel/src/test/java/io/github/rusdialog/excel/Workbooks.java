package io.github.rusdialog.excel;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.Dialogue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Exports and reads workbooks back with POI's full XSSF reader, as an analyst's Excel would. */
final class Workbooks {
  static final java.time.Instant GENERATED_AT = java.time.Instant.parse("2024-03-14T09:30:00Z");

  private Workbooks() {}

  static byte[] export(Dialogue dialogue, ExportOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExcelExporter().export(dialogue, options, out);
    return out.toByteArray();
  }

  static XSSFWorkbook read(Dialogue dialogue) throws IOException {
    return open(export(dialogue, ExportOptions.builder().generatedAt(GENERATED_AT).build()));
  }

  static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  /** The string in a cell, or null if the cell is missing or blank. */
  static String string(Sheet sheet, int row, int column) {
    Row r = sheet.getRow(row);
    Cell cell = r == null ? null : r.getCell(column);
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return null;
    }
    return cell.getStringCellValue();
  }

  /** The strings of one column from {@code firstRow} to the sheet's last row, blanks as null. */
  static List<String> column(Sheet sheet, int column, int firstRow, int lastRow) {
    List<String> values = new ArrayList<>();
    for (int r = firstRow; r <= lastRow; r++) {
      values.add(string(sheet, r, column));
    }
    return values;
  }

  /** The string cells of the table sheets (overview, priorities, items, participants), in either language. */
  static String tableSheetText(XSSFWorkbook workbook) {
    java.util.Set<String> tables = new java.util.HashSet<>();
    for (java.util.Locale locale : List.of(io.github.rusdialog.export.Labels.SWEDISH, java.util.Locale.ENGLISH)) {
      io.github.rusdialog.export.Labels labels = io.github.rusdialog.export.Labels.of(locale);
      for (String key : List.of("sheet.overview", "sheet.priorities", "sheet.items", "sheet.participants")) {
        tables.add(labels.get(key));
      }
    }
    StringBuilder text = new StringBuilder();
    for (Sheet sheet : workbook) {
      if (tables.contains(sheet.getSheetName())) {
        appendStrings(sheet, text);
      }
    }
    return text.toString();
  }

  private static void appendStrings(Sheet sheet, StringBuilder text) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING) {
          text.append(cell.getStringCellValue()).append('\n');
        }
      }
    }
  }

  /** Every string cell of every sheet, one per line. */
  static String allText(XSSFWorkbook workbook) {
    StringBuilder text = new StringBuilder();
    for (Sheet sheet : workbook) {
      text.append(sheet.getSheetName()).append('\n');
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            text.append(cell.getStringCellValue()).append('\n');
          }
        }
      }
    }
    return text.toString();
  }
}
