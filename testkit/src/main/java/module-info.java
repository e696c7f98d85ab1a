/** Fixtures, the seeded dialogue generator, summary mutants and the exporter contract test. */
module io.github.rusdialog.testkit {
  requires transitive io.github.rusdialog.core;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;

  exports io.github.rusdialog.testkit;
  // JUnit runs the contract's test methods reflectively.
  opens io.github.rusdialog.testkit to org.junit.platform.commons;
}
