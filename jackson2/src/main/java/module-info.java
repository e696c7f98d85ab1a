/** The rusdialog JSON shape of the model types as a Jackson 2 module. */
module io.github.rusdialog.jackson2 {
  requires transitive io.github.rusdialog.core;
  requires io.github.rusdialog.json;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.rusdialog.jackson2;

  provides com.fasterxml.jackson.databind.Module with io.github.rusdialog.jackson2.RusdialogJackson2Module;
}
