package io.github.rusdialog.excel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A SHA-256 of the values of a sheet's cells (not their looks), recorded at export for the sheets
 * that are views (one per meeting, the synthesis). On import a different fingerprint means someone
 * typed into a view, which is not read, and the reader says so instead of dropping the edit
 * silently.
 */
final class ViewFingerprint {
  private ViewFingerprint() {}

  static String of(Sheet sheet) {
    return of(sheet, Integer.MAX_VALUE);
  }

  /** The fingerprint of the rows above {@code rowLimit} (0-based, exclusive). */
  static String of(Sheet sheet, int rowLimit) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    for (Row row : sheet) {
      if (row.getRowNum() >= rowLimit) {
        break;
      }
      for (Cell cell : row) {
        String value = value(cell);
        if (value != null) {
          String entry = row.getRowNum() + "\t" + cell.getColumnIndex() + "\t" + value + "\n";
          digest.update(entry.getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String value(Cell cell) {
    switch (cell.getCellType()) {
      case STRING:
        String text = cell.getStringCellValue();
        return text.isEmpty() ? null : "s" + text;
      case NUMERIC:
        return "n" + cell.getNumericCellValue();
      case BOOLEAN:
        return "b" + cell.getBooleanCellValue();
      case FORMULA:
        return "f" + cell.getCellFormula();
      default:
        return null;
    }
  }
}
