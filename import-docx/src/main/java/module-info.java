/** Reads meeting summaries from Word documents (.docx) with Apache POI XWPF. */
module io.github.rusdialog.docx {
  requires transitive io.github.rusdialog.core;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;
  requires java.xml;

  exports io.github.rusdialog.docx;

  provides io.github.rusdialog.read.DialogueReader with io.github.rusdialog.docx.internal.DocxProvider;
}
