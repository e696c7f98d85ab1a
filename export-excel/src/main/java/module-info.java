/** The Excel (xlsx) exporter, on Apache POI's streaming SXSSF API. */
module io.github.rusdialog.excel {
  requires transitive io.github.rusdialog.core;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;

  exports io.github.rusdialog.excel;

  provides io.github.rusdialog.export.Exporter with io.github.rusdialog.excel.ExcelExporter;
}
