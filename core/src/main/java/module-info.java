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
  exports io.github.rusdialog.responses;
  exports io.github.rusdialog.privacy;
  // What the reader modules share: the one shape of a reader, the door into the summary rules; not API.
  exports io.github.rusdialog.internal.read to
      io.github.rusdialog.markdown, io.github.rusdialog.docx, io.github.rusdialog.excel, io.github.rusdialog.json;
  // The JSON format's one implementation, shared by the Jackson 3 and Jackson 2 modules; not API.
  exports io.github.rusdialog.internal.json to
      io.github.rusdialog.json, io.github.rusdialog.jackson2, io.github.rusdialog.jackson3;
  // One walk over a dialogue's texts with their places, for the exporters' checks and the testkit; not API.
  exports io.github.rusdialog.internal.texts to
      io.github.rusdialog.pdf, io.github.rusdialog.html, io.github.rusdialog.excel, io.github.rusdialog.docx.write,
      io.github.rusdialog.testkit;
  // What the PDF, HTML and Word reports share; not API.
  exports io.github.rusdialog.internal.report to
      io.github.rusdialog.pdf, io.github.rusdialog.html, io.github.rusdialog.docx.write;

  uses io.github.rusdialog.export.Exporter;
  uses io.github.rusdialog.read.DialogueReader;
}
