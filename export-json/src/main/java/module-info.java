/**
 * The rusdialog JSON format: exporter, strict reader and JSON Schema, on Jackson 3's streaming
 * API alone (no databind, no annotations).
 */
module io.github.rusdialog.json {
  requires transitive io.github.rusdialog.core;
  requires tools.jackson.core;

  exports io.github.rusdialog.json;
  // Jackson 3's generator and parser as the format's token interfaces; not API.
  exports io.github.rusdialog.json.internal to io.github.rusdialog.jackson3;

  provides io.github.rusdialog.export.Exporter with io.github.rusdialog.json.JsonExporter;

  provides io.github.rusdialog.read.DialogueReader with io.github.rusdialog.json.internal.JsonProvider;
}
