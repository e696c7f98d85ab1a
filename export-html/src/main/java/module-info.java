/** The HTML exporter: one self-contained, accessible web page, or a fragment for a CMS page. */
module io.github.rusdialog.html {
  requires transitive io.github.rusdialog.core;

  exports io.github.rusdialog.html;

  provides io.github.rusdialog.export.Exporter with io.github.rusdialog.html.HtmlExporter;
}
