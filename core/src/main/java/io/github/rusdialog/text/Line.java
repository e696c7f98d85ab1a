package io.github.rusdialog.text;

/** One line of a summary: its 1-based number, its text stripped at both ends, and its indent. */
final class Line {
  final int number;
  final String text;
  final boolean indented;

  Line(int number, String raw) {
    this.number = number;
    this.text = strip(raw);
    this.indented = !raw.isEmpty() && isSpace(raw.charAt(0));
  }

  boolean isBlank() {
    return text.isEmpty();
  }

  /** Strips whitespace including the non-breaking spaces word processors leave. */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
