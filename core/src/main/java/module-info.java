/**
 * rusdialog's core: the immutable dialogue model, the exporter SPI and its registry, labels, the
 * summary text reader and the synthesis across meetings. No dependency but the JDK at run time.
 */
module io.github.rusdialog.core {
  // Immutables' annotations are read by the compiler only; nothing of them is needed at run time.
  requires static org.immutables.value.annotations;

  exports io.github.rusdialog.model;
  exports io.github.rusdialog.export;
  exports io.github.rusdialog.text;
  exports io.github.rusdialog.synthesis;
  exports io.github.rusdialog.read;
  // The JSON format's one implementation, shared by the Jackson 3 and Jackson 2 modules; not API.
  exports io.github.rusdialog.internal.json to
      io.github.rusdialog.json, io.github.rusdialog.jackson2, io.github.rusdialog.jackson3;
  // What the PDF and HTML reports share; not API.
  exports io.github.rusdialog.internal.report to io.github.rusdialog.pdf, io.github.rusdialog.html;

  uses io.github.rusdialog.export.Exporter;
  uses io.github.rusdialog.read.DialogueReader;
}
