/** The rusdialog JSON format: exporter, strict reader, Jackson 3 module and JSON Schema. */
module io.github.rusdialog.json {
  requires transitive io.github.rusdialog.core;
  requires transitive tools.jackson.databind;

  exports io.github.rusdialog.json;

  provides io.github.rusdialog.export.Exporter with io.github.rusdialog.json.JsonExporter;
  provides tools.jackson.databind.JacksonModule with io.github.rusdialog.json.RusdialogJsonModule;
}
