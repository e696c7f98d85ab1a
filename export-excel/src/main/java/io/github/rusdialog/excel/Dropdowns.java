package io.github.rusdialog.excel;

import io.github.rusdialog.export.Labels;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Adds drop-down lists to a table's column, over its rows and {@link WorkbookFormat#SPARE_ROWS}
 * below, so that rows an analyst adds get them too. A value not in the list is refused by the
 * spreadsheet program, and by {@link WorkbookReader} if it gets in another way (pasted, or typed in
 * a program that ignores validation).
 */
final class Dropdowns {
  private final SXSSFSheet sheet;
  private final Labels labels;
  private final int firstRow;
  private final int lastRow;

  Dropdowns(SXSSFSheet sheet, Labels labels, int headerRow, int dataRows) {
    this.sheet = sheet;
    this.labels = labels;
    this.firstRow = headerRow + 1;
    this.lastRow = headerRow + Math.max(1, dataRows) + WorkbookFormat.SPARE_ROWS;
  }

  /** Offers list {@code list} (one of {@link WorkbookFormat#LIST_NAMES}) in the column. */
  void add(int column, int list) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidationConstraint constraint =
        helper.createFormulaListConstraint(WorkbookFormat.LIST_NAMES[list]);
    DataValidation validation =
        helper.createValidation(constraint, new CellRangeAddressList(firstRow, lastRow, column, column));
    validation.setSuppressDropDownArrow(true);
    validation.setEmptyCellAllowed(true);
    validation.setShowErrorBox(true);
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.createErrorBox(labels.get("validation.title"), labels.get("validation.message"));
    sheet.addValidationData(validation);
  }
}
