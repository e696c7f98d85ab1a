/** The Excel (xlsx) exporter, on Apache POI's streaming SXSSF API. */
module io.github.rusdialog.excel {
  requires transitive io.github.rusdialog.core;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.commons.compress;

  exports io.github.rusdialog.excel;

  provides io.github.rusdialog.export.Exporter with io.github.rusdialog.excel.ExcelExporter;

  provides io.github.rusdialog.read.DialogueReader with io.github.rusdialog.excel.internal.XlsxProvider;
}
