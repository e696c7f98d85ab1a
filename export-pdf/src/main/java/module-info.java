/** The PDF exporter (tagged PDF/UA-1 and PDF/A-2a), on OpenPDF with embedded Liberation fonts. */
module io.github.rusdialog.pdf {
  requires transitive io.github.rusdialog.core;
  requires com.github.librepdf.openpdf;
  // The Liberation fonts are resources of this jar; required so that it is on the module graph.
  requires com.github.librepdf.pdfFontsExtra;
  requires java.desktop;

  exports io.github.rusdialog.pdf;

  provides io.github.rusdialog.export.Exporter with io.github.rusdialog.pdf.PdfExporter;
}
