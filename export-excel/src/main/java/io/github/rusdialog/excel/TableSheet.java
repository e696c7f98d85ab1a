package io.github.rusdialog.excel;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumns;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * A flat sheet holding one Excel table (ListObject): a styled header row, one streamed row per
 * record, then autofilter, frozen header, fitted column widths and landscape A4 print setup.
 * Rows must be added in order; {@link #finish()} completes the sheet.
 */
final class TableSheet {
  private final SXSSFWorkbook workbook;
  private final SXSSFSheet sheet;
  private final Styles styles;
  private final String tableName;
  private final List<Column> columns;
  private final int headerRow;
  private final int[] widths;
  private int nextRow;
  private Row row;
  private int rowLines;

  TableSheet(SXSSFWorkbook workbook, SXSSFSheet sheet, Styles styles, String tableName,
      int headerRow, List<Column> columns) {
    this.workbook = workbook;
    this.sheet = sheet;
    this.styles = styles;
    this.tableName = tableName;
    this.columns = columns;
    this.headerRow = headerRow;
    this.widths = new int[columns.size()];
    Row header = sheet.createRow(headerRow);
    for (int c = 0; c < columns.size(); c++) {
      Cells.text(header, c, columns.get(c).header(), styles.header);
      widths[c] = Math.max(8, Math.min(columns.get(c).header().length() + 2, 40));
    }
    this.nextRow = headerRow + 1;
  }

  SXSSFSheet sheet() {
    return sheet;
  }

  /** Starts the next record's row. */
  void startRow() {
    endRow();
    row = sheet.createRow(nextRow++);
    rowLines = 1;
  }

  void text(int column, String value) {
    Column spec = columns.get(column);
    Cells.text(row, column, value, spec.wrap() ? styles.wrapped : styles.text);
    widths[column] = Math.max(widths[column], Math.min(Cells.longestLine(value) + 2, spec.maxChars()));
    if (spec.wrap()) {
      rowLines = Math.max(rowLines, Cells.lines(value, spec.maxChars()));
    }
  }

  void decimal(int column, double value) {
    Cells.number(row, column, value, styles.decimal);
  }

  void number(int column, long value) {
    Cells.number(row, column, value, styles.number);
  }

  void date(int column, LocalDate value) {
    Cells.date(row, column, value, styles.date);
    widths[column] = Math.max(widths[column], 13);
  }

  private void endRow() {
    if (row != null) {
      Cells.fitHeight(row, rowLines);
      row = null;
    }
  }

  /** The index of the row after the table's last, for anything written below the table. */
  int nextRowIndex() {
    endRow();
    return nextRow;
  }

  /** Completes the table, widths, frozen header and print setup; no rows may follow in the table. */
  void finish() {
    finishTable();
    sheet.createFreezePane(0, headerRow + 1);
    sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    printLandscape(sheet);
  }

  /**
   * Completes the table and widens its columns, for a table that shares its sheet with others
   * (no frozen header, no print setup of its own). Widths only ever grow.
   */
  void finishTable() {
    endRow();
    int lastRow = Math.max(nextRow - 1, headerRow + 1);
    int lastColumn = columns.size() - 1;
    XSSFSheet xssf = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
    widen(xssf, lastColumn);
    AreaReference area = new AreaReference(new CellReference(headerRow, 0),
        new CellReference(lastRow, lastColumn), SpreadsheetVersion.EXCEL2007);
    String ref = area.formatAsString();
    // Without an area POI leaves the columns to us. With one, it adds them one at a time, each
    // addition scanning the columns before it and making a DataFormatter to read header cells
    // that were streamed to disk already: a tenth of a seed export.
    XSSFTable table = xssf.createTable(null);
    table.setName(tableName);
    table.setDisplayName(tableName);
    CTTable ct = table.getCTTable();
    ct.setRef(ref);
    CTTableColumns tableColumns = ct.addNewTableColumns();
    tableColumns.setCount(lastColumn + 1);
    for (int c = 0; c <= lastColumn; c++) {
      CTTableColumn column = tableColumns.addNewTableColumn();
      column.setId(c + 1);
      column.setName(columns.get(c).header());
    }
    ct.addNewAutoFilter().setRef(ref);
    CTTableStyleInfo style = ct.addNewTableStyleInfo();
    style.setName("TableStyleMedium2");
    style.setShowRowStripes(true);
    style.setShowColumnStripes(false);
  }

  /**
   * Widens the columns to fit the table's texts. A sheet with no column widths yet (every sheet
   * but the synthesis, whose tables share columns; POI gives each sheet one empty column list)
   * gets its column elements written directly, as POI's {@code setColumnWidth} would write them:
   * POI looks each column up three times in a copy of the sheet's column list, 3 % of a seed
   * export.
   */
  private void widen(XSSFSheet xssf, int lastColumn) {
    CTWorksheet worksheet = xssf.getCTWorksheet();
    CTCols cols = worksheet.sizeOfColsArray() == 1 ? worksheet.getColsArray(0) : null;
    if (cols == null || cols.sizeOfColArray() > 0) {
      for (int c = 0; c <= lastColumn; c++) {
        sheet.setColumnWidth(c, Math.max(sheet.getColumnWidth(c), fittedWidth(c)));
      }
      return;
    }
    int defaultWidth = xssf.getDefaultColumnWidth() * 256;
    for (int c = 0; c <= lastColumn; c++) {
      CTCol col = cols.addNewCol();
      col.setMin(c + 1);
      col.setMax(c + 1);
      col.setWidth(Math.max(defaultWidth, fittedWidth(c)) / 256.0);
      col.setCustomWidth(true);
    }
  }

  /** The column's width in 1/256 of a character: its longest text, capped, and a margin. */
  private int fittedWidth(int column) {
    return widths[column] * 256 + 200;
  }

  static void printLandscape(SXSSFSheet sheet) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
  }
}
