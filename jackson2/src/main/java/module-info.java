/** The rusdialog JSON shape of the model types as a native Jackson 2 module; no Jackson 3. */
module io.github.rusdialog.jackson2 {
  requires transitive io.github.rusdialog.core;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.rusdialog.jackson2;

  provides com.fasterxml.jackson.databind.Module with io.github.rusdialog.jackson2.RusdialogJackson2Module;
}
