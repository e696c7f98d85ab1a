/** The Word (.docx) exporter: the report as an editable document in Word's own structures. */
module io.github.rusdialog.docx.write {
  requires transitive io.github.rusdialog.core;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;

  exports io.github.rusdialog.docx.write;

  provides io.github.rusdialog.export.Exporter with io.github.rusdialog.docx.write.DocxExporter;
}
