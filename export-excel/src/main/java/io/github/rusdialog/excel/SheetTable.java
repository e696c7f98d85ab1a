package io.github.rusdialog.excel;

import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.StrategicArea;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One of the table sheets as {@link WorkbookReader} reads it: the header row found through the
 * Excel table's name (or, if a program dropped the table, by its header texts), columns found by
 * header text wherever they were moved, and every non-empty row below the header to the end of the
 * sheet, so rows typed under a table that did not grow are read as well.
 */
final class SheetTable {
  private final WorkbookInput input;
  private final XSSFSheet sheet;
  private final int headerRow;
  private final Map<String, Integer> columns = new LinkedHashMap<>();

  private SheetTable(WorkbookInput input, XSSFSheet sheet, int headerRow) {
    this.input = input;
    this.sheet = sheet;
    this.headerRow = headerRow;
    Row header = sheet.getRow(headerRow);
    for (Cell cell : header) {
      String name = input.text(cell).orElse("");
      if (!name.isEmpty()) {
        columns.putIfAbsent(key(name), cell.getColumnIndex());
      }
    }
  }

  /**
   * Finds the table named {@code tableName} on the sheet named {@code sheetName}; {@code
   * anyHeader} is a header text that identifies the header row if the table object is gone.
   */
  static SheetTable find(WorkbookInput input, XSSFWorkbook workbook, String sheetName, String tableName,
      String anyHeader) throws InvalidInputException {
    XSSFSheet sheet = workbook.getSheet(sheetName);
    if (sheet == null) {
      throw input.problem(null, "the sheet '" + sheetName + "' is missing; rusdialog reads its table,"
          + " so restore it (export the dialogue again to get a fresh one)");
    }
    for (XSSFTable table : sheet.getTables()) {
      if (table.getName().equalsIgnoreCase(tableName)) {
        return new SheetTable(input, sheet, table.getStartRowIndex());
      }
    }
    int last = Math.min(sheet.getLastRowNum(), 50);
    for (int r = Math.max(0, sheet.getFirstRowNum()); r <= last; r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      for (Cell cell : row) {
        if (input.text(cell).map(text -> key(text).equals(key(anyHeader))).orElse(false)) {
          return new SheetTable(input, sheet, r);
        }
      }
    }
    throw input.problem(sheetName + "!A1", "no table with the column '" + anyHeader + "'; this sheet"
        + " is read as a table, so restore its header row");
  }

  String sheetName() {
    return sheet.getSheetName();
  }

  int headerRow() {
    return headerRow;
  }

  /** The index of the column headed {@code header}; a missing one is refused, naming it. */
  int column(String header) throws InvalidInputException {
    Integer column = columns.get(key(header));
    if (column == null) {
      throw input.problem(new CellReference(sheetName(), headerRow, 0, false, false).formatAsString(),
          "the column '" + header + "' is missing; rusdialog needs it to read this table faithfully:"
          + " add it back with this header (columns may be hidden or moved, not deleted)");
    }
    return column;
  }

  /** The index of the column headed {@code header}, if the sheet still has it. */
  Optional<Integer> optionalColumn(String header) {
    return Optional.ofNullable(columns.get(key(header)));
  }

  /** The indexes of the columns whose header matches {@code pattern}, left to right. */
  List<Integer> columns(Pattern pattern) {
    List<Integer> found = new ArrayList<>();
    columns.forEach((name, column) -> {
      if (pattern.matcher(name).matches()) {
        found.add(column);
      }
    });
    found.sort(null);
    return found;
  }

  /** The rows below the header that hold anything, top to bottom. */
  List<TableRow> rows() {
    List<TableRow> rows = new ArrayList<>();
    for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row != null && !blank(row)) {
        rows.add(new TableRow(input, sheet.getSheetName(), row));
      }
    }
    return rows;
  }

  private boolean blank(Row row) {
    for (Cell cell : row) {
      if (cell.getCellType() == CellType.FORMULA) {
        return false;
      }
      if (cell.getCellType() != CellType.BLANK && !input.rawText(cell).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Header texts compare ignoring case and spacing, as people retype them. */
  static String key(String header) {
    return header.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** One data row, with typed access to its cells and their {@code Sheet!A1} names for messages. */
  static final class TableRow {
    private final WorkbookInput input;
    private final String sheetName;
    private final Row row;

    TableRow(WorkbookInput input, String sheetName, Row row) {
      this.input = input;
      this.sheetName = sheetName;
      this.row = row;
    }

    int index() {
      return row.getRowNum();
    }

    /** The cell's name for messages, e.g. {@code Prioriteringar!F7}. */
    String ref(int column) {
      return WorkbookInput.ref(sheetName, row.getRowNum(), column);
    }

    /** The cell's text, stripped; empty for a blank cell. A formula is refused. */
    Optional<String> text(int column) throws InvalidInputException {
      Cell cell = row.getCell(column);
      if (cell == null) {
        return Optional.empty();
      }
      if (cell.getCellType() == CellType.FORMULA) {
        throw input.problem(ref(column), "holds the formula =" + cell.getCellFormula() + "; rusdialog"
            + " reads values only: replace it with the text it shows (Paste Special, values only)");
      }
      return input.text(cell);
    }

    /** The cell as a whole number, empty if blank; anything else is refused. */
    Optional<Integer> number(int column, String what) throws InvalidInputException {
      Cell cell = row.getCell(column);
      if (cell == null || cell.getCellType() == CellType.BLANK) {
        return Optional.empty();
      }
      if (cell.getCellType() == CellType.NUMERIC) {
        double value = cell.getNumericCellValue();
        if (value == Math.rint(value) && Math.abs(value) < Integer.MAX_VALUE) {
          return Optional.of((int) value);
        }
        // The cell's format may show 2.5 as "3"; the value is what would be read, so say it.
        throw input.problem(ref(column), value + " is not " + what + "; write a whole number");
      }
      Optional<String> text = text(column);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      if (text.get().matches("-?\\d{1,9}")) {
        return Optional.of(Integer.parseInt(text.get()));
      }
      throw input.problem(ref(column), WorkbookInput.quote(text.get()) + " is not " + what + "; write a whole number");
    }

    /** The value the cell's text names among {@code choices} (a drop-down's list); empty if blank. */
    <T> Optional<T> choice(int column, Map<String, T> choices) throws InvalidInputException {
      Optional<String> text = text(column);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      T value = choices.get(text.get());
      if (value == null) {
        throw input.problem(ref(column), WorkbookInput.quote(text.get()) + " is not one of " + choices.keySet()
            + "; choose one from the list");
      }
      return Optional.of(value);
    }

    /**
     * The id of the strategic area the cell names, by title as the drop-down offers it (or by id);
     * empty if blank.
     */
    Optional<String> areaId(int column, StrategicAreaCatalogue catalogue) throws InvalidInputException {
      Optional<String> text = text(column);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<StrategicArea> area = catalogue.byTitle(text.get()).or(() -> catalogue.byId(text.get()));
      if (area.isEmpty()) {
        throw input.problem(ref(column), WorkbookInput.quote(text.get()) + " is not a strategic area of this"
            + " dialogue; choose one from the list (" + catalogue.areas().stream()
            .map(a -> "\"" + a.title() + "\"").collect(Collectors.joining(", ")) + ")");
      }
      return Optional.of(area.get().id());
    }

    /** The cell as a date, a date cell or ISO text {@code 2024-03-13}; empty if blank. */
    Optional<java.time.LocalDate> date(int column) throws InvalidInputException {
      Cell cell = row.getCell(column);
      if (cell == null || cell.getCellType() == CellType.BLANK) {
        return Optional.empty();
      }
      if (cell.getCellType() == CellType.NUMERIC) {
        return Optional.of(cell.getLocalDateTimeCellValue().toLocalDate());
      }
      Optional<String> text = text(column);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(java.time.LocalDate.parse(text.get()));
      } catch (java.time.format.DateTimeParseException e) {
        throw input.problem(ref(column), WorkbookInput.quote(text.get()) + " is not a date; enter it as a date"
            + " or as 2024-03-13");
      }
    }
  }
}
