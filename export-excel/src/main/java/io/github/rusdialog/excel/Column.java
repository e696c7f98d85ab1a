package io.github.rusdialog.excel;

/**
 * One column of a flat sheet: its header, the widest it may grow (in characters; longer text
 * wraps) and whether its text wraps.
 */
record Column(String header, int maxChars, boolean wrap) {
  static Column text(String header, int maxChars) {
    return new Column(header, maxChars, true);
  }

  static Column fixed(String header) {
    return new Column(header, 14, false);
  }
}
