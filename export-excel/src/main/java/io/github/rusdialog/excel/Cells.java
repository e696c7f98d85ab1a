package io.github.rusdialog.excel;

import io.github.rusdialog.export.ExportException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;

/** Writes typed cells: text always as a string cell, so "=SUMMA(…)" stays text, never a formula. */
final class Cells {
  /** Excel's limit on the characters in one cell. */
  static final int MAX_CELL_CHARS = 32_767;

  /** Excel's tallest row, in points. */
  private static final float MAX_ROW_POINTS = 409f;
  private static final float LINE_POINTS = 15f;

  private Cells() {}

  static Cell text(Row row, int column, String value, CellStyle style) {
    if (value.length() > MAX_CELL_CHARS) {
      // The exporter checks every text before it starts; reaching this is a bug, not bad data.
      throw new ExportException("Cell " + new CellReference(row.getRowNum(), column).formatAsString()
          + " of sheet '" + row.getSheet().getSheetName() + "' would hold " + value.length()
          + " characters; Excel allows " + MAX_CELL_CHARS);
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }

  /** A number cell; counts and ranks are whole numbers, the style decides how they show. */
  static Cell number(Row row, int column, double value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }

  static Cell date(Row row, int column, LocalDate value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }

  /** How many lines {@code text} takes in a wrapped column {@code width} characters wide. */
  static int lines(String text, int width) {
    int lines = 0;
    int start = 0;
    while (true) {
      int end = text.indexOf('\n', start);
      int length = (end < 0 ? text.length() : end) - start;
      lines += Math.max(1, (length + width - 1) / width);
      if (end < 0) {
        return lines;
      }
      start = end + 1;
    }
  }

  /** The length of the longest line of {@code text}. */
  static int longestLine(String text) {
    int longest = 0;
    int start = 0;
    while (true) {
      int end = text.indexOf('\n', start);
      longest = Math.max(longest, (end < 0 ? text.length() : end) - start);
      if (end < 0) {
        return longest;
      }
      start = end + 1;
    }
  }

  /**
   * Sets a row's height for its tallest wrapped cell. Excel does not grow rows to fit wrapped
   * text written by a program, so without this long texts would show one line only.
   */
  static void fitHeight(Row row, int lines) {
    if (lines > 1) {
      row.setHeightInPoints(Math.min(MAX_ROW_POINTS, lines * LINE_POINTS));
    }
  }
}
