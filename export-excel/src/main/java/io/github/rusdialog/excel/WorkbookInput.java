package io.github.rusdialog.excel;

import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.text.SummaryWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;

/**
 * The workbook being read, as messages name it: its source name, the problems that stop reading
 * ({@code dialog.xlsx: Prioriteringar!F7: …}) and the warnings collected on the way. Also turns
 * cells into text the way the spreadsheet program shows them, so a number typed into a text column
 * reads as the digits a person sees.
 */
final class WorkbookInput {
  private final String source;
  private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
  private final List<SummaryWarning> warnings = new ArrayList<>();

  WorkbookInput(String source) {
    this.source = source;
  }

  String source() {
    return source;
  }

  /** A problem at {@code place} ({@code Sheet!A1}, or null for the whole workbook). */
  InvalidInputException problem(String place, String message) {
    return new InvalidInputException(source, 0, 0, place, message);
  }

  InvalidInputException problem(String place, String message, Throwable cause) {
    return new InvalidInputException(source, 0, 0, place, message, cause);
  }

  void warn(String place, String message) {
    warnings.add(SummaryWarning.at(source, place, message));
  }

  List<SummaryWarning> warnings() {
    return List.copyOf(warnings);
  }

  /** The cell's value as text, stripped, empty if it holds none; formulas as their formula. */
  Optional<String> text(Cell cell) {
    String text = rawText(cell).strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  String rawText(Cell cell) {
    switch (cell.getCellType()) {
      case STRING:
        return cell.getStringCellValue();
      case NUMERIC:
      case BOOLEAN:
        return formatter.formatCellValue(cell);
      case FORMULA:
        return "=" + cell.getCellFormula();
      default:
        return "";
    }
  }


  /** {@code Sheet!A1}, quoted as Excel quotes sheet names with spaces. */
  static String ref(String sheet, int row, int column) {
    return new CellReference(sheet, row, column, false, false).formatAsString();
  }

  /** A value in a message: in quotes, shortened when long. */
  static String quote(String text) {
    String shown = text.length() > 60 ? text.substring(0, 57) + "…" : text;
    return "\"" + shown.replace("\n", " ") + "\"";
  }
}
