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

  uses io.github.rusdialog.export.Exporter;
}
