package io.github.rusdialog.excel;

import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.testkit.ExporterContract;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

class ExcelExporterContractTest extends ExporterContract {

  @Override
  protected Exporter exporter() {
    return new ExcelExporter();
  }

  /**
   * The table sheets only: they must hold every text whatever the number of meetings; the
   * per-meeting and synthesis sheets are views that may be left out.
   */
  @Override
  protected String readBack(byte[] output) throws Exception {
    try (XSSFWorkbook workbook = Workbooks.open(output)) {
      return Workbooks.tableSheetText(workbook);
    }
  }

  @Override
  protected Map<String, List<String>> settingCases() {
    return Map.of(ExcelExporter.MEETING_SHEET_LIMIT, List.of("0", "1"));
  }
}
