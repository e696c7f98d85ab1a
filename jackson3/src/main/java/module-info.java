/** The rusdialog JSON shape of the model types as a Jackson 3 module. */
module io.github.rusdialog.jackson3 {
  requires transitive io.github.rusdialog.core;
  requires io.github.rusdialog.json;
  requires transitive tools.jackson.databind;

  exports io.github.rusdialog.jackson3;

  provides tools.jackson.databind.JacksonModule with io.github.rusdialog.jackson3.RusdialogJackson3Module;
}
