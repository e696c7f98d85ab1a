package io.github.rusdialog.excel;

import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.testkit.ExporterContract;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

class ExcelExporterContractTest extends ExporterContract {

  @Override
  protected Exporter exporter() {
    return new ExcelExporter();
  }

  @Override
  protected String readBack(byte[] output) throws Exception {
    try (XSSFWorkbook workbook = Workbooks.open(output)) {
      return Workbooks.allText(workbook);
    }
  }
}
